package check

// This file lowers assignments of several values at once whose targets
// include a map element. The interpreter (yaegi v0.16.1) does not assign
// the element when the values come from one expression of several results,
// silently:
//
//	m[k], x = two()     left m[k] as it was (Go: m[k] = 5)
//	m[k], ok = n[j]     (and x.(T), <-ch) likewise
//
// nor in a parallel assignment whose values come from calls. The element
// is assigned from a temporary in a statement of its own, after the others;
// the map and the key are evaluated first, into temporaries, as Go does:
//
//	m[k], x = two()   →   { var __mt7_0 int; __mm7_0 := m; var __mk7_0 string = k; __mt7_0, x = two(); __mm7_0[__mk7_0] = __mt7_0 }
//
// The map and the key must be made of names, fields, constants and
// operators (no calls, indexes or receives, whose order against the
// others' would change); any other such assignment is refused, as is one
// outside a statement list (an if's or for's init).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// MapTargets returns the first assignment of f with a map element among
// several targets that the lowering cannot keep right, with a message; or
// the lowerings (see above). parallel: lower the parallel form a, m[k] =
// x, f() too, wrapping its values in a function literal (divergo run; a
// session lowers that form itself). runtime is the helpers' package name
// (IndexPanic); typeName writes a type as f's text can name it; text
// returns f's source between two positions.
func MapTargets(f *ast.File, info *types.Info, runtime string, typeName func(types.Type) (string, bool), parallel bool, text func(from, to token.Pos) string) (ast.Node, string, []Span) {
	if !treeHolds(f, hasMultiAssign) {
		return nil, "", nil // nothing of the kind to lower (walk.go)
	}
	var at ast.Node
	var msg string
	var spans []Span
	inList := listedStatements(f)
	length := "len"
	if LenShadowed(f, info) {
		length = runtime + ".Len"
	}
	comm := map[ast.Stmt]bool{} // a select case's receive: SelectReceives'
	inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		if cc, ok := n.(*ast.CommClause); ok && cc.Comm != nil {
			comm[cc.Comm] = true
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || comm[as] {
			return true
		}
		if len(MapElementTargets(as, info)) == 0 || len(as.Lhs) == len(as.Rhs) && !parallel {
			return true
		}
		refuse := func(why string) {
			at, msg = as, "an assignment of several values with a map element among its targets ("+text(as.Pos(), as.End())+"): the interpreter would not assign the element, and "+why+". Not supported yet: assign the values to variables first, then the element in a statement of its own"
		}
		if !inList[as] {
			refuse("the statement cannot be split where it stands")
			return false
		}
		// The value of each target in a variable of its own (values[k]),
		// the targets' operands taken after the values (capture), then
		// each target assigned, left to right (assign).
		suffix := fmt.Sprintf("%d_", int(as.Pos()))
		var open, capture, assign strings.Builder
		open.WriteString("{ ")
		var values []string
		for k, l := range as.Lhs {
			l = ast.Unparen(l)
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				values = append(values, "_")
				continue
			}
			v := fmt.Sprintf("__mt%s%d", suffix, k)
			values = append(values, v)
			typ, ok := typeName(info.TypeOf(l))
			if !ok {
				refuse("a target's type cannot be written here")
				return false
			}
			fmt.Fprintf(&open, "var %s %s; ", v, typ)
			switch x := l.(type) {
			case *ast.Ident:
				fmt.Fprintf(&assign, "; %s = %s", x.Name, v)
			case *ast.IndexExpr:
				if !plainOperand(x.X) || !plainOperand(x.Index) {
					if _, isMap := under(info.TypeOf(x.X)).(*types.Map); isMap {
						refuse("its map or key is not made of names, fields and constants only")
					} else {
						refuse("a target's operand or index is not made of names, fields and constants only")
					}
					return false
				}
				xs, i := fmt.Sprintf("__mx%s%d", suffix, k), fmt.Sprintf("__mi%s%d", suffix, k)
				operand, index := text(x.X.Pos(), x.X.End()), text(x.Index.Pos(), x.Index.End())
				switch t := under(info.TypeOf(x.X)).(type) {
				case *types.Map:
					key, ok := typeName(t.Key())
					if !ok {
						refuse("a map's key type cannot be written here")
						return false
					}
					fmt.Fprintf(&capture, "; %s := %s; var %s %s = %s", xs, operand, i, key, index)
					fmt.Fprintf(&assign, "; %s[%s] = %s", xs, i, v)
					continue
				case *types.Array:
					fmt.Fprintf(&capture, "; %s := &%s; %s := %s", xs, operand, i, index)
				default: // a slice, a pointer to an array
					fmt.Fprintf(&capture, "; %s := %s; %s := %s", xs, operand, i, index)
				}
				fmt.Fprintf(&assign, "; if int64(%s) < 0 || int64(%s) >= int64(%s(%s)) { %s.IndexPanic(int64(%s), %s(%s)) }; %s[%s] = %s",
					i, i, length, xs, runtime, i, length, xs, xs, i, v)
			case *ast.SelectorExpr, *ast.StarExpr:
				if !plainOperand(x) {
					refuse("a target is not made of names, fields and constants only")
					return false
				}
				p := fmt.Sprintf("__mp%s%d", suffix, k)
				fmt.Fprintf(&capture, "; %s := &%s", p, text(x.Pos(), x.End()))
				fmt.Fprintf(&assign, "; *%s = %s", p, v)
			default:
				refuse("a target is not a variable, an element or a field")
				return false
			}
		}
		spans = append(spans, Span{as.Pos(), as.Pos(), open.String()})
		for k, l := range as.Lhs {
			spans = append(spans, Span{l.Pos(), l.End(), values[k]})
		}
		if len(as.Lhs) == len(as.Rhs) {
			var results []string
			for k, l := range as.Lhs {
				t := info.TypeOf(l)
				if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
					t = types.Default(info.TypeOf(as.Rhs[k]))
				}
				name, ok := typeName(t)
				if t == nil || !ok {
					refuse("a value's type cannot be written here")
					return false
				}
				results = append(results, name)
			}
			// Each value in a statement of its own: returning several
			// appends at once, the interpreter gave each the last one's
			// result.
			last := as.Rhs[len(as.Rhs)-1].End()
			vars := []string{"__pv0"}
			spans = append(spans, Span{as.Rhs[0].Pos(), as.Rhs[0].Pos(), "func() (" + strings.Join(results, ", ") + ") { var __pv0 " + results[0] + " = "})
			for k := 1; k < len(as.Rhs); k++ {
				v := fmt.Sprintf("__pv%d", k)
				vars = append(vars, v)
				spans = append(spans, Span{as.Rhs[k-1].End(), as.Rhs[k].Pos(), "; var " + v + " " + results[k] + " = "})
			}
			spans = append(spans, Span{last, last, "; return " + strings.Join(vars, ", ") + " }()"})
		}
		spans = append(spans, Span{as.End(), as.End(), capture.String() + assign.String() + " }"})
		return true
	})
	if at != nil {
		return at, msg, nil
	}
	return nil, "", spans
}

// MapElementTargets returns the indices of as's targets that are elements
// of a map.
func MapElementTargets(as *ast.AssignStmt, info *types.Info) []int {
	var ks []int
	for k, l := range as.Lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			if _, ok := under(info.TypeOf(ix.X)).(*types.Map); ok {
				ks = append(ks, k)
			}
		}
	}
	return ks
}

// plainOperand reports whether x is made of names, fields, constants and
// operators only: no calls, indexes or receives, which run code whose order
// against the statement's others would count.
func plainOperand(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return plainOperand(x.X)
	case *ast.SelectorExpr:
		return plainOperand(x.X)
	case *ast.StarExpr:
		return plainOperand(x.X)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && plainOperand(x.X)
	case *ast.BinaryExpr:
		return plainOperand(x.X) && plainOperand(x.Y)
	}
	return false
}

// listedStatements returns the statements of f that stand in a statement
// list (a block's, a case's), where a lowering may put statements around
// them; not an if's, for's or switch's init.
func listedStatements(f *ast.File) map[ast.Stmt]bool {
	listed := map[ast.Stmt]bool{}
	inspect(f, func(n ast.Node) bool {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for _, st := range list {
			listed[st] = true
		}
		return true
	})
	return listed
}
