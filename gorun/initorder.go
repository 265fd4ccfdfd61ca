package gorun

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/divergo/divergo/session/check"
)

// initOrder lowers the package-level variables' initialisers to run in
// Go's order. Go runs them in dependency order, the independent ones in the
// order they are written (go/types' Info.InitOrder); the interpreter ran
// blank ones (var _ = register("x")) last and others out of order, so an
// initialiser with side effects — a registration, a counter, a print — gave
// other results, silently. Each initialiser becomes a function of its own,
// in place (its text, and the lowerings inside it, untouched; line numbers
// kept), its variables declared without values, and one init function,
// before any of the program's, calls them in Go's order:
//
//	var x = f()                →   var (x int); func __gorunInit1() { x = f() }
//	var (                          var (
//		a = b + 1                      a int ); func __gorunInit2() { a = b + 1 }; var (
//		b = f()                        b int ); func __gorunInit3() { b = f() }; var (
//	)                              )
//	var _ = register("x")      →   func __gorunInit4() { _ = register("x") }
//
//	func init() { __gorunInit1(); __gorunInit3(); __gorunInit2(); __gorunInit4() }
//
// It lowers only programs with two initialisers or more, one of which may
// have an effect (calls a function, or receives); it gives no spans when a
// variable's type cannot be named or another lowering touches a
// declaration's head.
func initOrder(f *ast.File, info *types.Info, others []check.Span) []check.Span {
	var specs []*ast.ValueSpec
	decl := map[*ast.ValueSpec]*ast.GenDecl{}
	effects := false
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			if len(vs.Values) == 0 {
				continue
			}
			specs, decl[vs] = append(specs, vs), gd
			for _, v := range vs.Values {
				effects = effects || mayAffect(v, info)
			}
		}
	}
	if !effects || len(specs) < 2 || len(info.InitOrder) == 0 {
		return nil
	}
	typeName := fileTypeName(f)
	touches := func(from, to token.Pos) bool {
		for _, o := range others {
			if o.Pos < to && o.End > from || (o.Pos == o.End && o.Pos > from && o.Pos < to) {
				return true
			}
		}
		return false
	}
	var spans []check.Span
	fn := map[ast.Expr]string{}
	k := 0
	for _, vs := range specs {
		gd := decl[vs]
		var vars []string
		for _, id := range vs.Names {
			if id.Name == "_" {
				continue
			}
			obj := info.Defs[id]
			if obj == nil {
				return nil
			}
			t, ok := typeName(obj.Type())
			if !ok {
				return nil
			}
			vars = append(vars, id.Name+" "+t)
		}
		lhs := func(ids []*ast.Ident) string {
			var names []string
			for _, id := range ids {
				names = append(names, id.Name)
			}
			return strings.Join(names, ", ")
		}
		from := vs.Pos()
		if !gd.Lparen.IsValid() && len(vars) == 0 {
			from = gd.Pos() // var _ = x: no variable to declare
		}
		if touches(from, vs.Values[0].Pos()) {
			return nil
		}
		k++
		name := fmt.Sprintf("__gorunInit%d", k)
		fn[vs.Values[0]] = name
		var head string
		switch {
		case gd.Lparen.IsValid():
			head = strings.Join(vars, "; ") + " ); "
		case len(vars) > 0:
			head = "(" + strings.Join(vars, "; ") + "); "
		}
		names := lhs(vs.Names)
		if len(vs.Values) > 1 {
			names = vs.Names[0].Name
		}
		spans = append(spans, check.Span{Pos: from, End: vs.Values[0].Pos(), Text: head + "func " + name + "() { " + names + " = "})
		// var a, b = f(), g(): a function per value, as Go initialises
		// each variable on its own.
		for j := 1; j < len(vs.Values); j++ {
			if touches(vs.Values[j-1].End(), vs.Values[j].Pos()) {
				return nil
			}
			k++
			name := fmt.Sprintf("__gorunInit%d", k)
			fn[vs.Values[j]] = name
			spans = append(spans, check.Span{Pos: vs.Values[j-1].End(), End: vs.Values[j].Pos(), Text: " }; func " + name + "() { " + vs.Names[j].Name + " = "})
		}
		tail := " }"
		if gd.Lparen.IsValid() {
			tail = " }; var ("
		}
		end := vs.Values[len(vs.Values)-1].End()
		spans = append(spans, check.Span{Pos: end, End: end, Text: tail})
	}
	var calls []string
	for _, in := range info.InitOrder {
		name, ok := fn[in.Rhs]
		if !ok {
			return nil
		}
		calls = append(calls, name+"()")
	}
	anchor := f.Name.End()
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			anchor = gd.End()
		}
	}
	return append(spans, check.Span{Pos: anchor, End: anchor, Text: "; func init() { " + strings.Join(calls, "; ") + " }"})
}

// mayAffect reports whether evaluating x may have an effect another
// initialiser could see: a call of a function (not a conversion or a
// builtin that changes nothing) or a receive, outside function literals.
func mayAffect(x ast.Expr, info *types.Info) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				break
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() != "panic" && b.Name() != "print" && b.Name() != "println" && b.Name() != "copy" && b.Name() != "delete" && b.Name() != "clear" && b.Name() != "close" {
					break
				}
			}
			found = true
		}
		return !found
	})
	return found
}
