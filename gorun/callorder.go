package gorun

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"strings"

	"github.com/divergo/divergo/session/check"
)

// lowerCallOrder puts the calls of the program's statements before
// their other operands where gc evaluates them first and the interpreter
// did not (check.CallOrder: fmt.Println(a[i], f()) panicked before f ran;
// c, d = x, f() read x before f changed it), and type-checks the result,
// which the other passes then judge. It returns why the program is
// refused ("") when an order cannot be lowered, or when the lowered
// program does not compile (a bug of divergo's, refused rather than run
// in the interpreter's order). Cells get the same order from the
// checker (check.Session.Check, session/check/cellorder.go).
func lowerCallOrder(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info, string) {
	if f == nil || info == nil {
		return src, f, info, ""
	}
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	text := func(from, to token.Pos) string { return string(src[tf(from):tf(to)]) }
	at, msg, spans := check.CallOrderProgram(f, info, text, fileTypeName(f))
	if at != nil {
		line, col := srcLineCol(src, int(at.Pos()-f.FileStart))
		return src, f, info, fmt.Sprintf("%d:%d: %s", line, col, msg)
	}
	if len(spans) == 0 {
		return src, f, info, ""
	}
	// In CallOrder's order: an insertion before a replacement at its place.
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if tf(sp.Pos) < last {
			return src, f, info, "the order of a statement's calls could not be lowered (overlapping rewrites); please report it with the program"
		}
		b.WriteString(string(src[last:tf(sp.Pos)]))
		b.WriteString(sp.Text)
		last = tf(sp.End)
	}
	b.WriteString(string(src[last:]))
	out := b.String()
	msgs, info2, f2 := compileErrors(name, []byte(out))
	if len(msgs) > 0 || info2 == nil {
		if os.Getenv("DIVERGO_SHOW_LOWERED") != "" {
			os.Stderr.WriteString("divergo run: the lowering of the calls' order failed:\n" + strings.Join(msgs, "\n") + "\n" + out + "\n")
		}
		return src, f, info, "the order of a statement's calls could not be lowered (the lowered program does not compile); please report it with the program"
	}
	return []byte(out), f2, info2, ""
}
