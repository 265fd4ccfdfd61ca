package check

import (
	"fmt"
	"go/ast"
	"go/types"
)

// LocalTypeShadow returns a type declared inside a function under the name
// of a package-level one, and the refusal's message: the interpreter
// (yaegi v0.16.1) resolves the name to the package's type, so that
// `type Level int` inside main printed through the package Level's String
// method (silently), or failed to compile when the underlying types
// differed.
func LocalTypeShadow(f *ast.File, info *types.Info) (ast.Node, string) {
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || at != nil {
			return at == nil
		}
		obj := info.Defs[ts.Name]
		if obj == nil || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() {
			return true
		}
		if _, isType := obj.Pkg().Scope().Lookup(ts.Name.Name).(*types.TypeName); isType {
			at = ts.Name
			msg = fmt.Sprintf("a type declared inside a function with the name of a package-level type (%s): the interpreter would use the package's; give the local type another name", ts.Name.Name)
		}
		return true
	})
	return at, msg
}
