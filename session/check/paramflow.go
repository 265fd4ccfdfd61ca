package check

// This file narrows what a parameter of type any of a program's function
// may hold to what its callers give it. pendAnyProbed refuses giving fmt an
// any while values of a type of the program with a String method (or, for
// %T, any type of the program) are stored in an any anywhere: Go by
// Example's and the Tour's
//
//	func do(i interface{}) { … fmt.Printf("I don't know about type %T!\n", v) }
//	do(21); do("hello"); do(true)
//
// was refused because an error of the program's type was printed elsewhere
// (fmt.Println(Sqrt(-2)) stores it in an any). When every use of the
// function is a direct call and every argument given to the parameter has
// a static type that is not an interface, the parameter holds values of
// those types only: the program's types among them (or held inside them)
// are the ones to judge.

import (
	"go/ast"
	"go/types"
)

// paramFlow returns the program's types whose values may be in x: a
// parameter of type any of a function declared in a program (not a
// method, not generic, not variadic there, never assigned), or the
// variable a type switch on it binds, when the function is only ever
// called directly and no argument given to the parameter is an interface
// value (what that holds is not known here); false otherwise. In a
// session a later cell may call the function: false.
func (b *boundary) paramFlow(x ast.Expr) (map[*types.TypeName]bool, bool) {
	if b.reached != nil {
		return nil, false
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := b.info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	var fd *ast.FuncDecl
	for _, d := range b.file.Decls {
		if f, ok := d.(*ast.FuncDecl); ok && f.Body != nil && x.Pos() >= f.Pos() && x.End() <= f.End() {
			fd = f
		}
	}
	if fd == nil || fd.Recv != nil || fd.Type.TypeParams != nil {
		return nil, false
	}
	if p := b.switchedParam(fd, v); p != nil {
		v = p
	}
	index, k := -1, 0
	for _, field := range fd.Type.Params.List {
		for _, n := range field.Names {
			if b.info.Defs[n] == v {
				if _, variadic := field.Type.(*ast.Ellipsis); variadic {
					return nil, false
				}
				index = k
			}
			k++
		}
		if len(field.Names) == 0 {
			k++
		}
	}
	if index < 0 || b.assignedIn(v, fd) {
		return nil, false
	}
	fn := b.info.Defs[fd.Name]
	uses := 0
	for _, obj := range b.info.Uses {
		if obj == fn {
			uses++
		}
	}
	out := map[*types.TypeName]bool{}
	calls, known := 0, true
	inspect(b.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !known {
			return known
		}
		if f, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || b.info.Uses[f] != fn {
			return true
		}
		calls++
		if call.Ellipsis.IsValid() || len(call.Args) <= index || len(call.Args) != k {
			known = false // f(g()) with g's several results
			return false
		}
		arg := call.Args[index]
		if b.info.Types[arg].IsNil() {
			return true
		}
		t := b.info.TypeOf(arg)
		if t == nil || types.IsInterface(t) || hasTypeParam(t) {
			known = false
			return false
		}
		if n := programNamed(t); n != nil {
			out[n.Obj()] = true
		}
		heldTypes(t, func(tn *types.TypeName, ptr, shown bool) { out[tn] = true })
		return true
	})
	if !known || calls != uses {
		return nil, false // its value used otherwise: called from anywhere
	}
	return out, true
}
