package check

// This file gives a variable defined by a slice, map or array literal in a
// loop's body a variable of its own per iteration. The interpreter (yaegi
// v0.16.1) writes such a literal straight into the variable's storage,
// which it allocated once for the loop: a closure made in the loop, or a
// pointer &a taken there, sees the last iteration's value, silently, where
// Go made a new variable each time:
//
//	for i := 0; i < 2; i++ { a := []int{3, 1}; a[0] = i; fs = append(fs, func() { fmt.Println(a) }) }
//
// printed [1 1] twice (Go: [0 1], [1 1]). Parentheses around the literal
// make the interpreter allocate the variable as for any other value:
//
//	a := []int{3, 1}   →   a := ([]int{3, 1})
//
// (measured on defines, var declarations and several values at once; a
// struct literal, make, new and calls were not affected).

import (
	"go/ast"
	"go/types"
)

// LoopLiterals returns the lowerings of f's defines of slice, map and array
// literals inside loops (see above).
func LoopLiterals(f *ast.File, info *types.Info) []Span {
	var spans []Span
	wrap := func(x ast.Expr) {
		lit, ok := x.(*ast.CompositeLit)
		if !ok {
			return
		}
		switch under(info.TypeOf(lit)).(type) {
		case *types.Slice, *types.Map, *types.Array:
			spans = append(spans, Span{lit.Pos(), lit.Pos(), "("}, Span{lit.End(), lit.End(), ")"})
		}
	}
	var walk func(n ast.Node, inLoop bool)
	walk = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			if x == n {
				return true
			}
			switch x := x.(type) {
			case *ast.FuncLit:
				walk(x.Body, false) // a new frame per call
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				walk(x, true)
				return false
			case *ast.AssignStmt:
				if inLoop && x.Tok.String() == ":=" {
					for _, r := range x.Rhs {
						wrap(r)
					}
				}
			case *ast.ValueSpec:
				if inLoop {
					for _, v := range x.Values {
						wrap(v)
					}
				}
			}
			return true
		})
	}
	walk(f, false)
	return spans
}

// StringRanges returns the lowerings of f's `for i := range s` over a
// string with no value variable: the interpreter gave i the rune's count
// (0 1 2 3 4 over "héllo"), Go the byte offset where each rune starts
// (0 1 3 4 5); with a value variable it answers as Go does:
//
//	for i := range s   →   for i, _ := range s
func StringRanges(f *ast.File, info *types.Info) []Span {
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || r.Key == nil || r.Value != nil {
			return true
		}
		if b, ok := under(info.TypeOf(r.X)).(*types.Basic); ok && b.Info()&types.IsString != 0 {
			spans = append(spans, Span{r.Key.End(), r.Key.End(), ", _"})
		}
		return true
	})
	return spans
}
