package gorun

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/divergo/divergo/session/check"
)

// lowerLocalTypes moves the program's types declared inside functions to
// package level (check.HoistLocalTypes: the interpreter resolved a local
// type's name to a package-level type of the name, did not find a local
// alias, and divergo's generic helpers cannot name a local type), and
// type-checks the result, which the other passes then judge. A program
// whose rewrite Go's checker would reject is returned as it was.
func lowerLocalTypes(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info) {
	if f == nil || info == nil {
		return src, f, info
	}
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	text := func(from, to token.Pos) string { return string(src[tf(from):tf(to)]) }
	spans, decls := check.HoistLocalTypes(f, info, text)
	if len(decls) == 0 {
		return src, f, info
	}
	return rewriteChecked(name, "local types", src, f, info, spans, decls, false)
}

// lowerPredeclaredNames renames the program's objects named iota, nil or
// as a predeclared type (check.PredeclaredNames: the interpreter looks
// those up by name) and type-checks the result, before the other passes,
// which then never meet such a name. A program declaring a defined type
// of such a name is returned as it was (refuse names it).
func lowerPredeclaredNames(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info) {
	if f == nil || info == nil {
		return src, f, info
	}
	at, _, spans := check.PredeclaredNames(f, info, nil)
	if at != nil || len(spans) == 0 {
		return src, f, info
	}
	return rewriteChecked(name, "predeclared names", src, f, info, spans, nil, false)
}
