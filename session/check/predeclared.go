package check

// This file renames the program's own iota and nil. Go lets a variable,
// constant, function or type take the name of a predeclared identifier;
// the interpreter (yaegi v0.16.1) reads iota and nil as the predeclared
// ones wherever they are used, silently (iota := 7; fmt.Println(iota)
// printed 0; nil := 0 printed <nil>), and crashed assigning to a loop
// variable named iota. Each of the program's objects named so is renamed
// throughout:
//
//	iota := 7; fmt.Println(iota)   →   __iota := 7; fmt.Println(__iota)
//
// The other predeclared names (len, string, true…) behave as in Go.

import (
	"go/ast"
	"go/types"
)

// PredeclaredNames returns the renamings of f's objects named iota or nil
// (see above). keep reports whether an object must keep its name (a
// cell's declaration of the session, which later cells name): the first
// such use is returned instead, with a message naming it.
func PredeclaredNames(f *ast.File, info *types.Info, keep func(types.Object) bool) (ast.Node, string, []Span) {
	if !treeMentions(f, "iota", "nil") {
		return nil, "", nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || at != nil || (id.Name != "iota" && id.Name != "nil") {
			return at == nil
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		if obj == nil || obj.Parent() == types.Universe || obj.Pkg() == nil {
			return true
		}
		if v, isVar := obj.(*types.Var); isVar && v.IsField() {
			return true // a field is always selected: x.nil
		}
		if fn, isFunc := obj.(*types.Func); isFunc && fn.Type().(*types.Signature).Recv() != nil {
			return true
		}
		if keep != nil && keep(obj) {
			at, msg = id, "a session variable (or constant, function, type) named "+id.Name+": the interpreter would read the predeclared "+id.Name+" in its place. Not supported: choose another name"
			return false
		}
		spans = append(spans, Span{id.Pos(), id.End(), "__" + id.Name})
		return true
	})
	return at, msg, spans
}
