package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
)

// instancesIn are the identifiers of f that instantiate a generic function
// or type, in the order of f.
func instancesIn(f *ast.File, info *types.Info) []*ast.Ident {
	var ids []*ast.Ident
	for id := range info.Instances {
		if id.Pos() >= f.FileStart && id.Pos() < f.FileEnd {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	return ids
}

// probedTypeParam finds an instantiation, in f, of a generic function (or
// type) that puts a value of its type parameter in an interface itself
// (any(v), fmt.Stringer(v)) or gives fmt or log a value made of it (a []T,
// a map of T, a struct holding a T), directly or through another generic,
// where the type argument has a String, Error or Format method: the
// interpreter's value there has lost the method, and fmt printed the bare
// value (Describe(Temp(3)) gave "3" where Go calls String). A T given to
// fmt itself keeps it, and is left alone.
func probedTypeParam(files []*ast.File, f *ast.File, info *types.Info, known map[string]bool) (ast.Node, string) {
	var named *types.Named
	var method string
	id, arg, call := firstInstance(files, f, info, known, storesParam, "probes", func(t types.Type) bool {
		named, method = printingMethods(t, map[types.Type]bool{})
		return named != nil
	})
	if id == nil {
		return nil, ""
	}
	return id, fmt.Sprintf("%s with %s as its type argument: it puts a value of its type parameter in an interface or gives fmt a value made of it%s, where the interpreter's value has lost %s's %s method, and fmt would print the bare value. Not supported yet: give fmt the value itself (fmt.Sprint(v)), or call %s",
		id.Name, typeString(arg), callText(call), typeString(named), method, method+"()")
}

// firstInstance finds, in f, the first instantiation of a generic function
// (or type) of the program with a type argument that judge accepts, whose
// code (directly or through another generic) has a call test finds; key
// names what test looks for in known, across cells. It returns the
// instantiation, the type argument and the call, or a nil id.
func firstInstance(files []*ast.File, f *ast.File, info *types.Info, known map[string]bool,
	test func(*ast.CallExpr, *types.Info, *types.TypeParam) (bool, bool), key string, judge func(types.Type) bool) (*ast.Ident, types.Type, *ast.CallExpr) {
	g := &generics{files: files, info: info, memo: map[genericParam]*ast.CallExpr{}, known: known, test: test, key: key}
	defer g.record(f)
	for _, id := range instancesIn(f, info) {
		owner := info.Uses[id]
		if owner == nil || owner.Pkg() == nil || owner.Pkg().Path() != pkgPath {
			continue
		}
		args := info.Instances[id].TypeArgs
		for k := 0; k < args.Len(); k++ {
			if !judge(args.At(k)) {
				continue
			}
			if call, _ := g.prints(genericParam{owner, k}, 0); call != nil {
				return id, args.At(k), call
			}
		}
	}
	return nil, nil, nil
}

// storesParam reports whether call converts a value of the type parameter
// tp to an interface (any(v)), or gives a function of fmt or log a value
// whose type is made of tp without being it ([]T, map[K]T, struct{ X T }).
func storesParam(call *ast.CallExpr, info *types.Info, tp *types.TypeParam) (bool, bool) {
	if tv, ok := info.Types[ast.Unparen(call.Fun)]; ok && tv.IsType() {
		if len(call.Args) == 1 && types.IsInterface(tv.Type) && !isTypeParam(tv.Type) && mentions(info.TypeOf(call.Args[0]), tp, map[types.Type]bool{}) {
			return false, true
		}
		return false, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false, false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" {
		return false, false
	}
	for _, a := range call.Args {
		t := info.TypeOf(a)
		if t != types.Type(tp) && mentions(t, tp, map[types.Type]bool{}) {
			return false, true
		}
	}
	return false, false
}

// printingMethods returns a named type of package main that t is or holds
// with a String, Error or Format method (of its value or its pointer), and
// the method's name.
func printingMethods(t types.Type, seen map[types.Type]bool) (*types.Named, string) {
	if t == nil || seen[t] {
		return nil, ""
	}
	seen[t] = true
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == pkgPath && !types.IsInterface(named) {
		for _, m := range []string{"Format", "Error", "String"} {
			for _, mt := range []types.Type{named, types.NewPointer(named)} {
				if obj, _, _ := types.LookupFieldOrMethod(mt, true, named.Obj().Pkg(), m); obj != nil {
					if _, isFunc := obj.(*types.Func); isFunc {
						return named, m
					}
				}
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return printingMethods(u.Elem(), seen)
	case *types.Slice:
		return printingMethods(u.Elem(), seen)
	case *types.Array:
		return printingMethods(u.Elem(), seen)
	case *types.Map:
		if n, m := printingMethods(u.Key(), seen); n != nil {
			return n, m
		}
		return printingMethods(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if n, m := printingMethods(u.Field(i).Type(), seen); n != nil {
				return n, m
			}
		}
	}
	return nil, ""
}
