package check

// This file implements two lowerings of variable bindings that the
// interpreter gets wrong, shared by cells and programs.
//
// A define that redeclares a name (Go assigns the existing variable) made a
// new variable when it had several values, so that a closure that had
// captured the old one kept reading it:
//
//	x := 1; f := func() int { return x }; x, y := 2, 3   // f() gave 1, Go 2
//
// It becomes one define of a temporary per value, in order, then the
// assignments; a temporary of a name that is assigned starts as a copy of
// the variable, so that the value converts to the variable's type as the
// define would have:
//
//	x, y := e0, e1   →   __rd7_0 := x; __rd7_0 = e0; __rd7_1 := e1; x = __rd7_0; y := __rd7_1
//
// (defines one by one: the interpreter's assignment of a list holding a
// call zeroed the values before it.) The values stay where they are in
// the text, so that other lowerings inside them stand.
//
// A function literal given straight to native code (an argument of a
// function or method of another package, a conversion to such a func
// type, an element of such a composite literal) reads the variables of the
// frame it was made in when it runs, not when it was made: inside a loop,
// every such closure saw the variables of the last iteration (for i :=
// range 3 { wg.Go(func() { use(i) }) } used 2 three times). A literal
// that uses variables declared inside an enclosing loop of its function is
// made by an interpreted call instead, which keeps the frame as it was:
//
//	time.AfterFunc(d, func() { use(i) })   →   time.AfterFunc(d, func() func() { return func() { use(i) } }())

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// RedefineSpans lowers the define as (see above): keep[k] says that the
// name Lhs[k] is an existing variable the define assigns; tmp prefixes the
// temporaries; text gives the source between two positions (the newlines
// of the replaced text are kept, so that line numbers stay). A define of
// several names from one value (x, err := f(), v, ok := m[k]) takes the
// values into temporaries at once.
func RedefineSpans(as *ast.AssignStmt, keep []bool, tmp string, text func(from, to token.Pos) string) []Span {
	lines := func(from, to token.Pos) string {
		return strings.Repeat("\n", strings.Count(text(from, to), "\n"))
	}
	var spans []Span
	temp := func(k int) string { return fmt.Sprintf("%s_%d", tmp, k) }
	var sets []string
	for k, l := range as.Lhs {
		name := l.(*ast.Ident).Name
		switch {
		case name == "_":
		case keep[k]:
			sets = append(sets, name+" = "+temp(k))
		default:
			sets = append(sets, name+" := "+temp(k))
		}
	}
	if len(as.Rhs) == 1 {
		var temps []string
		for k := range as.Lhs {
			temps = append(temps, temp(k))
		}
		spans = append(spans, Span{as.Lhs[0].Pos(), as.Rhs[0].Pos(), strings.Join(temps, ", ") + " := " + lines(as.Lhs[0].Pos(), as.Rhs[0].Pos())})
	} else {
		head := func(k int) string {
			if keep[k] {
				return temp(k) + " := " + as.Lhs[k].(*ast.Ident).Name + "; " + temp(k) + " = "
			}
			return temp(k) + " := "
		}
		spans = append(spans, Span{as.Lhs[0].Pos(), as.Rhs[0].Pos(), head(0) + lines(as.Lhs[0].Pos(), as.Rhs[0].Pos())})
		for k := 1; k < len(as.Rhs); k++ {
			from, to := as.Rhs[k-1].End(), as.Rhs[k].Pos()
			spans = append(spans, Span{from, to, "; " + head(k) + lines(from, to)})
		}
	}
	for k, l := range as.Lhs {
		if l.(*ast.Ident).Name == "_" {
			sets = append(sets, "_ = "+temp(k))
		}
	}
	return append(spans, Span{as.End(), as.End(), "; " + strings.Join(sets, "; ")})
}

// Redefines returns the lowerings of f's defines of several values that
// redeclare a name, inside function bodies (see above), but not those for
// which skip is true.
func Redefines(f *ast.File, info *types.Info, skip func(*ast.AssignStmt) bool, text func(from, to token.Pos) string) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) || skip != nil && skip(as) {
			return true
		}
		keep := make([]bool, len(as.Lhs))
		any := false
		for k, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				return true
			}
			if id.Name != "_" && info.Defs[id] == nil {
				if _, isVar := info.Uses[id].(*types.Var); !isVar {
					return true
				}
				keep[k], any = true, true
			}
		}
		if any {
			spans = append(spans, RedefineSpans(as, keep, fmt.Sprintf("__rd%d", as.Pos()), text)...)
		}
		return true
	})
	return spans
}

// NativeClosures returns the lowerings of f's function literals given
// straight to native code inside loops (see above); typeName writes the
// literal's type, which it needs. Such a call in a go or defer statement
// is refused (its node and a message): the interpreter evaluates the
// arguments when the goroutine starts or the function returns, so that
// the literal saw a later iteration's variables.
func NativeClosures(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) (ast.Node, string, []Span) {
	var spans []Span
	var stack []ast.Node
	var at ast.Node
	var msg string
	wrap := func(x ast.Expr) {
		lit, ok := ast.Unparen(x).(*ast.FuncLit)
		if !ok || at != nil || !usesLoopVars(lit, stack, info) {
			return
		}
		if len(stack) >= 2 {
			stmt, call := "", stack[len(stack)-1]
			switch s := stack[len(stack)-2].(type) {
			case *ast.GoStmt:
				if s.Call == call {
					stmt = "go"
				}
			case *ast.DeferStmt:
				if s.Call == call {
					stmt = "defer"
				}
			}
			if stmt != "" {
				at = lit
				how := "start the goroutine with a function literal that makes the call: go func() { … }()"
				if stmt == "defer" {
					how = "make the calls after the loop, without defer"
				}
				msg = fmt.Sprintf("a function literal that uses the loop's variables, given to %s in a %s statement: the interpreter evaluates the arguments only when the call runs, and the literal would see a later iteration's variables. Not supported yet: %s",
					types.ExprString(call.(*ast.CallExpr).Fun), stmt, how)
				return
			}
		}
		typ, ok := typeName(info.TypeOf(lit))
		if !ok {
			return
		}
		spans = append(spans, Span{lit.Pos(), lit.Pos(), "func() " + typ + " { return "}, Span{lit.End(), lit.End(), " }()"})
	}
	inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.CallExpr:
			if nativeCallee(n.Fun, info) {
				for _, a := range n.Args {
					wrap(a)
				}
			}
		case *ast.CompositeLit:
			if native(info.TypeOf(n)) {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					wrap(e)
				}
			}
		}
		return true
	})
	if at != nil {
		return at, msg, nil
	}
	return nil, "", spans
}

// nativeCallee reports whether fun is a function or method of another
// package than main, or a conversion to a type of one.
func nativeCallee(fun ast.Expr, info *types.Info) bool {
	fun = ast.Unparen(fun)
	if tv, ok := info.Types[fun]; ok && tv.IsType() {
		return native(tv.Type)
	}
	var id *ast.Ident
	switch x := fun.(type) {
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.IndexExpr:
		if sel, ok := x.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
	case *ast.IndexListExpr:
		if sel, ok := x.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
	}
	if id == nil {
		return false
	}
	fn, ok := info.Uses[id].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() != pkgPath
}

// native reports whether t is a named type of another package than main
// (or a pointer to one).
func native(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != pkgPath
}

// usesLoopVars reports whether lit uses a variable declared inside a loop
// that encloses it in the same function (stack: the nodes from the file
// down to lit's parent).
func usesLoopVars(lit *ast.FuncLit, stack []ast.Node, info *types.Info) bool {
	var outer ast.Node
	for k := len(stack) - 1; k >= 0; k-- {
		switch n := stack[k].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			if n != ast.Node(lit) {
				k = -1
			}
		case *ast.ForStmt, *ast.RangeStmt:
			outer = n
		}
	}
	if outer == nil {
		return false
	}
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() &&
				v.Pos() >= outer.Pos() && v.Pos() < outer.End() && (v.Pos() < lit.Pos() || v.Pos() >= lit.End()) {
				found = true
			}
		}
		return !found
	})
	return found
}
