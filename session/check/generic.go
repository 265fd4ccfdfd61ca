package check

import (
	"go/ast"
	"go/types"
	"strings"
)

// typeArgs lowers a call of a generic function whose type arguments Go
// infers, all or some of them, to one that names them all: the interpreter
// cannot infer a type argument from a core type (E of S ~[]E:
// slices.Sort(xs) said "undefined type for E") and often fails on others
// ("First(xs)" of a cell's generic function).
//
//	slices.Sort(xs)           →   slices.Sort[[]float64, float64](xs)
//	slices.Index[[]int](s, 3) →   slices.Index[[]int, int](s, 3)
//
// A type argument the code cannot name (a type local to another function)
// leaves the call as it is.
func (b *boundary) typeArgs(call *ast.CallExpr) {
	if LoweredGeneric(b.info, call.Fun) {
		return // Modern's
	}
	fun := ast.Unparen(call.Fun)
	var id *ast.Ident
	var explicit []ast.Expr
	var lbrack, rbrack ast.Node
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		id, explicit = funcIdent(f.X), []ast.Expr{f.Index}
		lbrack, rbrack = f, f
	case *ast.IndexListExpr:
		id, explicit = funcIdent(f.X), f.Indices
		lbrack, rbrack = f, f
	}
	if id == nil {
		return
	}
	inst, ok := b.info.Instances[id]
	if !ok || inst.TypeArgs.Len() == len(explicit) {
		return
	}
	if _, isFunc := b.info.Uses[id].(*types.Func); !isFunc {
		return // a generic type's conversion
	}
	var names []string
	for i := 0; i < inst.TypeArgs.Len(); i++ {
		name, ok := b.typeName(inst.TypeArgs.At(i))
		if !ok {
			return
		}
		names = append(names, name)
	}
	list := "[" + strings.Join(names, ", ") + "]"
	if lbrack == nil {
		b.spans = append(b.spans, Span{fun.End(), fun.End(), list})
		return
	}
	// Replace the partial list: from the end of the function's name to
	// the end of the index expression.
	b.spans = append(b.spans, Span{id.End(), rbrack.End(), list})
}

// funcIdent is the identifier naming a function: f or pkg.f.
func funcIdent(x ast.Expr) *ast.Ident {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// LoweredGeneric reports whether fun names a function of the generic
// standard library that Modern lowers: slices.Sort, slices.Index[[]int],
// errors.AsType[T]…
func LoweredGeneric(info *types.Info, fun ast.Expr) bool {
	fun = ast.Unparen(fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	obj, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || obj.Pkg() == nil {
		return false
	}
	path := obj.Pkg().Path()
	return lowered[path] || partly[path].names[obj.Name()] || path == "errors" && obj.Name() == "AsType"
}
