package check

import (
	"fmt"
	"go/ast"
	"go/types"
)

// TemplateMethods returns a call executing a text/template or
// html/template with data of a type of the program that has methods
// (itself, or through pointers, slices, arrays, maps and struct fields),
// and the refusal's message: the interpreter's values carry no methods
// that reflection can see, so `{{.Double}}` failed ("can't evaluate field
// Double"), after the template had printed what came before, and the
// program went on as if nothing had happened.
func TemplateMethods(f *ast.File, info *types.Info) (ast.Node, string) {
	if !treeMentions(f, "Execute", "ExecuteTemplate") {
		return nil, "" // nothing of the kind to lower (walk.go)
	}
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || at != nil || len(call.Args) == 0 {
			return at == nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Execute" && sel.Sel.Name != "ExecuteTemplate" {
			return true
		}
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "text/template" && fn.Pkg().Path() != "html/template" {
			return true
		}
		data := call.Args[len(call.Args)-1]
		if named := withMethods(info.TypeOf(data), map[types.Type]bool{}); named != nil {
			at = call
			msg = fmt.Sprintf("%s.%s with data of type %s, and main.%s has methods: the interpreter's values carry no methods a template can call. Not supported yet: pass the values the template needs, computed (a struct or a map of them)",
				fn.Pkg().Name(), sel.Sel.Name, typeString(info.TypeOf(data)), named.Obj().Name())
		}
		return true
	})
	return at, msg
}

// withMethods returns a named type of package main with methods that t
// is or holds (through pointers, slices, arrays, maps and struct fields),
// or nil.
func withMethods(t types.Type, seen map[types.Type]bool) *types.Named {
	if t == nil || seen[t] {
		return nil
	}
	seen[t] = true
	if named, ok := t.(*types.Named); ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Name() == "main" {
		if _, isInterface := named.Underlying().(*types.Interface); !isInterface &&
			(types.NewMethodSet(named).Len() > 0 || types.NewMethodSet(types.NewPointer(named)).Len() > 0) {
			return named
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return withMethods(u.Elem(), seen)
	case *types.Slice:
		return withMethods(u.Elem(), seen)
	case *types.Array:
		return withMethods(u.Elem(), seen)
	case *types.Map:
		if k := withMethods(u.Key(), seen); k != nil {
			return k
		}
		return withMethods(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if u.Field(i).Exported() {
				if n := withMethods(u.Field(i).Type(), seen); n != nil {
					return n
				}
			}
		}
	}
	return nil
}
