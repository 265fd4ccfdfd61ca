package check

import (
	"go/ast"
	"go/types"
)

// DeferLoopLiterals lowers a deferred call of a function literal inside a
// loop: the interpreter (yaegi v0.16.1) made the closure and evaluated its
// arguments when the deferred call ran, after the loop, so that every
// call saw the last iteration's values (defer func(k int) { … }(i*10) in a
// loop printed 20, 20, 20 where Go prints 20, 10, 0). A call that makes
// the closure at the defer statement, with the arguments as its
// parameters, makes it as Go does:
//
//	defer func(k int) { … }(i * 10)   →   { __dpd := func(k int) func() { return func() { … } }(i * 10); defer __dpd() }
//
// A literal that calls recover is left alone (the interpreter's recover
// does not see the panic from a closure made so), and so is one with
// results.
func DeferLoopLiterals(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasDefer) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	var walk func(n ast.Node, inLoop bool)
	walk = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case nil:
				return false
			case *ast.FuncLit:
				if m != n {
					walk(m.Body, false) // a loop outside does not repeat its defers
					return false
				}
			case *ast.ForStmt:
				if m != n {
					walk(m.Body, true)
					return false
				}
			case *ast.RangeStmt:
				if m != n {
					walk(m.Body, true)
					return false
				}
			case *ast.DeferStmt:
				lit, ok := ast.Unparen(m.Call.Fun).(*ast.FuncLit)
				if !inLoop || !ok || lit.Type.Results != nil && lit.Type.Results.NumFields() > 0 || callsRecover(lit.Body, info) {
					return true
				}
				spans = append(spans,
					Span{m.Pos(), m.Call.Fun.Pos(), "{ __dpd := "},
					Span{lit.Body.Lbrace, lit.Body.Lbrace, "func() { return func() "},
					Span{lit.Body.End(), lit.Body.End(), " }"},
					Span{m.Call.End(), m.Call.End(), "; defer __dpd() }"})
				return true
			}
			return true
		})
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			walk(fd.Body, false)
		}
	}
	return spans
}
