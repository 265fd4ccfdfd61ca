package check

// This file puts in parentheses an argument that is a call returning a
// value of one of the program's interfaces, given to a parameter of one of
// the program's interfaces with methods:
//
//	use(get())   →   use((get()))
//
// The interpreter (yaegi v0.16.1, interp/run.go's call) passes the result
// of a nested call to such a parameter in a second wrapper of its own
// around the wrapper the result already is, one whose type it does not
// know; storing the parameter in an interface of the standard library
// (var e error = c, errors.Join(c)) then stopped the program with a nil
// dereference, where Go runs. In parentheses, the argument is an
// expression like any other, which the interpreter passes as it is.

import (
	"go/ast"
	"go/types"
)

// InterfaceCallArgs returns the lowerings of f's calls described above.
func InterfaceCallArgs(f *ast.File, info *types.Info) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		if tv := info.Types[call.Fun]; tv.IsType() || tv.IsBuiltin() {
			return true
		}
		sig, ok := under(info.TypeOf(call.Fun)).(*types.Signature)
		if !ok {
			return true
		}
		for i, arg := range call.Args {
			param := paramType(sig, i, call.Ellipsis.IsValid())
			if param == nil || !builtInterface(param) {
				continue
			}
			inner, ok := arg.(*ast.CallExpr)
			if !ok {
				continue
			}
			if tv := info.Types[inner.Fun]; tv.IsType() || tv.IsBuiltin() {
				continue
			}
			res := info.TypeOf(inner)
			if res == nil || !types.IsInterface(res) || hasTypeParam(res) {
				continue // a tuple, or a value the interpreter wraps once
			}
			if n, named := types.Unalias(res).(*types.Named); named && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != pkgPath {
				continue // error, fmt.Stringer…: the interpreter's own
			}
			spans = append(spans, Span{arg.Pos(), arg.Pos(), "("}, Span{arg.End(), arg.End(), ")"})
		}
		return true
	})
	return spans
}

// paramType is the type of the parameter that argument i of a call of sig
// goes to (the variadic parameter's element type unless spread), or nil.
func paramType(sig *types.Signature, i int, spread bool) types.Type {
	n := sig.Params().Len()
	if n == 0 {
		return nil
	}
	if sig.Variadic() && i >= n-1 {
		t := sig.Params().At(n - 1).Type()
		if spread {
			return t
		}
		if s, ok := t.Underlying().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i >= n {
		return nil
	}
	return sig.Params().At(i).Type()
}

// builtInterface reports whether t is an interface with methods that
// the interpreter builds itself: one the program declares, or an
// interface literal.
func builtInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || hasTypeParam(t) {
		return false
	}
	if n, named := types.Unalias(t).(*types.Named); named {
		return n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath
	}
	return true
}

// ifaceIntoNative lowers x, a value of one of the program's interfaces
// given to a function of the standard library, where the interpreter
// would pass the value it holds without its methods: to a parameter of an
// interface with methods (errors.Join(c) stopped in reflect: "cannot use
// struct {…} as type error"), and as the operand of fmt.Errorf's %w when
// the interface has Error (%!w(struct {…}) where Go wraps the error). The
// conversion happens through a variable of the interface of the standard
// library, which the interpreter fills with a value that has the methods:
//
//	errors.Join(c)   →   errors.Join(func(__dkV Coded) error { var __dkI error = __dkV; return __dkI }(c))
func (b *boundary) ifaceIntoNative(x ast.Expr, from, to types.Type, call *ast.CallExpr) {
	if call == nil || !b.nativeCall(call) || !builtInterface(from) || b.info.Types[x].IsNil() {
		return
	}
	if !nativeInterface(to) {
		if !hasError(from) || !b.wrapVerb(call, x) {
			return
		}
		to = errorType
		if b.keepIntoNative(x, from, to) {
			return
		}
	}
	fromName, ok1 := b.typeName(from)
	toName, ok2 := b.typeName(to)
	if !ok1 || !ok2 {
		return
	}
	open, close := "(", ")"
	if _, call := ast.Unparen(x).(*ast.CallExpr); call {
		open, close = "((", "))"
	}
	b.wrap(x, "func(__dkV "+fromName+") "+toName+" { var __dkI "+toName+" = __dkV; return __dkI }"+open, close)
}

// hasError reports whether values of type t have Go's Error method.
func hasError(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Error")
	fn, ok := obj.(*types.Func)
	return ok && types.Identical(fn.Type().(*types.Signature).Results(), errorType.Underlying().(*types.Interface).Method(0).Type().(*types.Signature).Results())
}

// wrapVerb reports whether x is the operand of a %w of call, a call of
// fmt.Errorf with a constant format.
func (b *boundary) wrapVerb(call *ast.CallExpr, x ast.Expr) bool {
	fn, args, ok := printfArgs(call, b.info)
	if !ok || fn != "fmt.Errorf" {
		return false
	}
	for _, a := range args {
		if a.arg == x && a.verb != "" {
			return a.verb[len(a.verb)-1] == 'w'
		}
	}
	return false
}
