package gorun

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/divergo/divergo/session/check"
)

// lowerFallthroughDefaults lowers the program's switches whose default
// clause is not the last and that fall through (check.FallthroughDefaults:
// the interpreter ran default as if it were last), and type-checks the
// result, which the other passes then judge. A program whose rewrite Go's
// checker would reject is returned as it was (and the boundary refuses
// its switch).
func lowerFallthroughDefaults(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info) {
	if f == nil || info == nil {
		return src, f, info
	}
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	text := func(from, to token.Pos) string { return string(src[tf(from):tf(to)]) }
	spans := check.FallthroughDefaults(f, info, text)
	if len(spans) == 0 {
		return src, f, info
	}
	return rewriteChecked(name, "fallthrough into a default clause", src, f, info, spans, nil, false)
}
