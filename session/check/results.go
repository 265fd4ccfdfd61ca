package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"runtime"
	"strings"
)

// ZeroResults returns the lowerings that give a function's results their
// zero values at each call, as Go does. The interpreter (yaegi v0.16.1)
// keeps a function's results from one call to the next at the same call
// site: a named result started a call with the value the previous call
// left (func count(xs []int) (evens, odds int) called in a loop counted
// on from the previous totals: 1 2, 2 4, 3 6 where Go gives 1 2 each
// time), and a call whose panic a deferred function recovered returned
// the previous call's values instead of zeros (safeDiv(10, 0) gave 5, the
// result of safeDiv(10, 2) before it). Each named result is set to its
// zero value at the top of the body; the results of a function with a
// defer statement and no names are named __r0, __r1, … so that they can
// be:
//
//	func count(xs []int) (evens, odds int) {      →   func count(xs []int) (evens, odds int) { evens = 0; odds = 0;
//	func div(a, b int) int { defer …              →   func div(a, b int) (__r0 int) { __r0 = 0; defer …
//
// text returns f's source between two positions (the results' types are
// written as the source writes them).
func ZeroResults(f *ast.File, info *types.Info, text func(from, to token.Pos) string) []Span {
	zeroOf := func(typ ast.Expr) string {
		switch u := under(info.TypeOf(typ)).(type) {
		case *types.Basic:
			switch {
			case u.Info()&types.IsNumeric != 0:
				return "0"
			case u.Info()&types.IsString != 0:
				return `""`
			case u.Info()&types.IsBoolean != 0:
				return "(0 != 0)"
			}
		case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
			return "nil"
		}
		return "*new(" + text(typ.Pos(), typ.End()) + ")"
	}
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft, body = n.Type, n.Body
		case *ast.FuncLit:
			ft, body = n.Type, n.Body
		default:
			return true
		}
		if body == nil || ft.Results == nil || len(ft.Results.List) == 0 {
			return true
		}
		var zero strings.Builder
		if len(ft.Results.List[0].Names) > 0 {
			for _, field := range ft.Results.List {
				for _, name := range field.Names {
					if name.Name != "_" {
						fmt.Fprintf(&zero, " %s = %s;", name.Name, zeroOf(field.Type))
					}
				}
			}
		} else if defers(body) {
			paren := ft.Results.Opening.IsValid()
			for i, field := range ft.Results.List {
				name := fmt.Sprintf("__r%d", i)
				prefix := name + " "
				if !paren {
					prefix = "(" + prefix
					spans = append(spans, Span{field.Type.End(), field.Type.End(), ")"})
				}
				spans = append(spans, Span{field.Type.Pos(), field.Type.Pos(), prefix})
				fmt.Fprintf(&zero, " %s = %s;", name, zeroOf(field.Type))
			}
		}
		if zero.Len() > 0 {
			spans = append(spans, Span{body.Lbrace + 1, body.Lbrace + 1, zero.String()})
		}
		return true
	})
	return spans
}

// defers reports whether body holds a defer statement of its own (not one
// of a function literal's).
func defers(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}

// NameParams returns the lowerings that name a method's unnamed
// parameters _: the interpreter (yaegi v0.16.1) put the arguments of a
// method with a named receiver and unnamed parameters in the wrong
// places (func (t T) F(string) int { return t.v } stopped with
// "reflect.Set: value of type string is not assignable to type int").
//
//	func (t T) F(string) int   →   func (t T) F(_ string) int
func NameParams(f *ast.File) []Span {
	var spans []Span
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Type.Params == nil {
			continue
		}
		for _, field := range fd.Type.Params.List {
			if len(field.Names) == 0 {
				spans = append(spans, Span{field.Type.Pos(), field.Type.Pos(), "_ "})
			}
		}
	}
	return spans
}

// PanicNils returns the lowerings of panic(nil): since Go 1.21 it panics
// with a *runtime.PanicNilError ("panic called with nil argument"), which
// recover returns; the interpreter's recover returned nil, as before Go
// 1.21. runtime names the helpers' package.
//
//	panic(nil)   →   panic(RT.PanicNil())
func PanicNils(f *ast.File, info *types.Info, runtime string) []Span {
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Args[0]].IsNil() {
			return true
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
				spans = append(spans, Span{call.Args[0].Pos(), call.Args[0].End(), runtime + ".PanicNil()"})
			}
		}
		return true
	})
	return spans
}

// PanicNil is the value Go 1.21's panic(nil) panics with.
func PanicNil() any { return new(runtime.PanicNilError) }
