package check

import (
	"go/ast"
	"go/types"
	"strings"
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

// DeferSpreads lowers a deferred call that passes a slice to a variadic
// parameter (defer f(a, s...)): the interpreter (yaegi v0.16.1) gave the
// slice as one element of the variadic parameter, so that
// defer fmt.Println(xs...) of an []any{"a", 1} printed [a 1] where Go
// prints a 1, and defer g(xs...) saw len(xs) == 1 (with an []int, the
// call panicked: reflect: cannot use []int as type int in Call). The call
// is made by a function literal, the callee and the arguments taken at
// the defer statement, as Go takes them (DeferPanics' wrapDeferred, with
// no catcher):
//
//	defer fmt.Println(xs...)   →   { __dpd := func(__dpa0 []any) func() { return func() { fmt.Println(__dpa0...) } }(xs); defer __dpd() }
//
// It runs after the others: a defer another lowering rewrote is theirs,
// but for lowerings inside its arguments, which stay where they are
// (fmt.Println(xs...) of the program's values is
// fmt.Println(rt.UnwrapAll(xs)...)).
func DeferSpreads(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), others []Span) []Span {
	if !treeHolds(f, hasDefer) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		d, ok := n.(*ast.DeferStmt)
		if !ok || !d.Call.Ellipsis.IsValid() || !argsOnly(d, others) {
			return true
		}
		// Unwrap's helper around the slice (unwrap.go) goes inside the
		// literal: Go's call reads the slice's elements when it runs.
		x := d.Call.Args[len(d.Call.Args)-1]
		unwrap, closing := -1, -1
		for j, o := range others {
			switch {
			case o.Pos == x.Pos() && o.End == o.Pos && strings.HasSuffix(o.Text, ".UnwrapAll("):
				unwrap = j
			case o.Pos == x.End() && o.End == o.Pos && o.Text == ")":
				closing = j
			}
		}
		helper := ""
		if unwrap >= 0 && closing >= 0 {
			helper = strings.TrimSuffix(others[unwrap].Text, "(")
		}
		if sp, ok := wrapDeferred(d, info, typeName, "", helper); ok {
			spans = append(spans, sp...)
			if helper != "" {
				others[unwrap].Text, others[closing].Text = "", ""
			}
		}
		return true
	})
	return spans
}

// argsOnly reports whether every span of others that touches d lies
// inside its call's function or one of its arguments (or is inserted
// before d).
func argsOnly(d *ast.DeferStmt, others []Span) bool {
	for _, o := range others {
		if o.End < d.Pos() || d.End() < o.Pos || o.Pos == o.End && o.Pos == d.Pos() {
			continue
		}
		inside := false
		for _, a := range append([]ast.Expr{d.Call.Fun}, d.Call.Args...) {
			if a.Pos() <= o.Pos && o.End <= a.End() {
				inside = true
				break
			}
		}
		if !inside {
			return false
		}
	}
	return true
}
