package check

// This file makes a negative shift count panic as Go's runtime does. The
// interpreter shifted by a negative count silently (1 << n with n = -1
// gave 0, where Go panics "runtime error: negative shift amount"). A count
// of a signed integer type that is not a constant goes through a native
// helper that panics for a negative count and else returns it unsigned:
//
//	x << n    →   x << __divergo.Shift(int64(n))
//	x >>= n   →   x >>= __divergo.Shift(int64(n))
//
// A count a loop keeps non-negative (i in `for i := 0; …; i++` or
// `for i := range …`, the body not assigning it) is left alone, as the
// helper call costs a native call per shift.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ShiftCounts returns the lowerings of f's shifts by signed counts (see
// above); runtime is the helpers' package name.
func ShiftCounts(f *ast.File, info *types.Info, runtime string) []Span {
	var spans []Span
	g := newLoopGuard(f, info)
	count := func(n ast.Expr) {
		if tv := info.Types[n]; tv.Value != nil || !tv.IsValue() {
			return
		}
		t, ok := under(info.TypeOf(n)).(*types.Basic)
		if !ok || t.Info()&types.IsInteger == 0 || t.Info()&types.IsUnsigned != 0 || g.nonNegative(n) {
			return
		}
		spans = append(spans, Span{n.Pos(), n.Pos(), runtime + ".Shift(int64("}, Span{n.End(), n.End(), "))"})
	}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			if x == n {
				return true
			}
			switch x := x.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				g.enter(x)
				walk(x)
				g.leave()
				return false
			case *ast.BinaryExpr:
				if x.Op == token.SHL || x.Op == token.SHR {
					count(x.Y)
				}
			case *ast.AssignStmt:
				if (x.Tok == token.SHL_ASSIGN || x.Tok == token.SHR_ASSIGN) && len(x.Rhs) == 1 {
					count(x.Rhs[0])
				}
			}
			return true
		})
	}
	walk(f)
	return spans
}

// Shift returns a shift count n unsigned; for a negative n it panics as
// Go's runtime does (a runtime.Error).
func Shift(n int64) uint64 {
	if n < 0 {
		panic(runtimeError("runtime error: negative shift amount"))
	}
	return uint64(n)
}
