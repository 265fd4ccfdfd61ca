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
	if !treeHolds(f, hasShift) {
		return nil // nothing of the kind to lower (walk.go)
	}
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

// ShiftOperands lowers a shift whose count is not constant and whose left
// operand is an untyped constant (1 << j): Go gives the constant the type
// the shift takes from its context (uint8 in x & (1<<j) with x a uint8),
// the interpreter int, and stopped with a reflect error ("call of
// reflect.Value.Uint on int Value"). The constant is converted to that
// type:
//
//	x & (1 << j)   →   x & (uint8(1) << j)
//
// typeName writes a type as f's text can name it.
func ShiftOperands(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	if !treeHolds(f, hasShift) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.SHL && b.Op != token.SHR {
			return true
		}
		tv := info.Types[b]
		if tv.Value != nil || tv.Type == nil {
			return true // a constant shift
		}
		// The checker records the constant with the type it took (uint8),
		// an untyped one too.
		if left := info.Types[b.X]; left.Value == nil {
			return true
		}
		rb, ok := under(tv.Type).(*types.Basic)
		if !ok || rb.Info()&types.IsUntyped != 0 || types.Identical(tv.Type, types.Typ[types.Int]) {
			return true // int, as the interpreter takes it
		}
		name, ok := typeName(tv.Type)
		if !ok {
			return true
		}
		spans = append(spans, Span{b.X.Pos(), b.X.Pos(), name + "("}, Span{b.X.End(), b.X.End(), ")"})
		return true
	})
	return spans
}
