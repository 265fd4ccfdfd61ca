package check

import (
	"fmt"
	"go/ast"
	"go/types"
)

// SourceLocations returns the first use in f of what reports where the
// running code is in its source — log's Lshortfile and Llongfile flags,
// slog's AddSource option, runtime.Caller, runtime.Callers and
// runtime/debug's Stack and PrintStack — and a message naming it; where
// names the code ("a cell", "the program"). Under the interpreter the
// running code is the interpreter's own: log.Lshortfile printed
// "value.go:586: hello" where Go prints "main.go:11: hello", and
// runtime.Caller(1) named line 369 of one of the interpreter's files.
func SourceLocations(f *ast.File, info *types.Info, where string) (ast.Node, string) {
	return sourceLocations(f, info, where, false)
}

// SourceLocationsBut is SourceLocations but for log's flags, which
// divergo run lowers (LogPositions).
func SourceLocationsBut(f *ast.File, info *types.Info, where string) (ast.Node, string) {
	return sourceLocations(f, info, where, true)
}

func sourceLocations(f *ast.File, info *types.Info, where string, logFlags bool) (ast.Node, string) {
	var at ast.Node
	var msg string
	inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			obj := info.Uses[n.Sel]
			if obj == nil || obj.Pkg() == nil {
				return true
			}
			name := obj.Pkg().Path() + "." + obj.Name()
			switch name {
			case "log.Lshortfile", "log.Llongfile":
				if logFlags {
					return true
				}
				at, msg = n, fmt.Sprintf("%s in %s: the interpreter runs %s, and log would name a file and line of the interpreter's own (value.go:586), not yours. Not supported: leave the flag out, or print the place yourself", types.ExprString(n), where, where)
			case "runtime.Caller", "runtime.Callers", "runtime/debug.Stack", "runtime/debug.PrintStack":
				at, msg = n, fmt.Sprintf("%s in %s: the interpreter runs %s, and %s would report the interpreter's own functions, files and lines, not yours. Not supported", types.ExprString(n), where, where, types.ExprString(n))
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && id.Name == "AddSource" {
				if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "log/slog" {
					at, msg = n, fmt.Sprintf("slog's AddSource in %s: the interpreter runs %s, and slog would name a file and line of the interpreter's own, not yours. Not supported: leave the option out", where, where)
				}
			}
		}
		return true
	})
	return at, msg
}
