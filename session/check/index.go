package check

// This file gives index errors Go's words where it costs nothing that
// matters: the interpreter says only "index out of range" (reflect's
// panic), where Go says "index out of range [5] with length 3". An index
// expression outside any loop — straight-line code, run once per call —
// gets its index checked by a native helper that panics as Go's runtime
// does (a runtime.Error):
//
//	c := b[3]        →   c := b[__divergo.Index(int64(3), len(b))]
//
// Inside loops the check would make every iteration several times slower
// in the interpreter (measured: 4–8×), so a loop's index errors keep the
// interpreter's shorter message. Only operands without side effects are
// guarded (a name, or fields and elements of one), since the operand is
// read twice.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
)

// IndexGuard returns the lowerings of f's index expressions outside
// loops (see above); runtime is the helpers' package name.
func IndexGuard(f *ast.File, info *types.Info, runtime string) []Span {
	var spans []Span
	var walk func(n ast.Node, inLoop bool)
	walk = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			if x == n {
				return true
			}
			switch x := x.(type) {
			case *ast.FuncLit:
				walk(x.Body, false)
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				walk(x, true)
				return false
			case *ast.DeferStmt, *ast.GoStmt:
				// Their arguments are lowered as a whole; a function
				// literal's body is a function of its own.
				var call *ast.CallExpr
				if d, ok := x.(*ast.DeferStmt); ok {
					call = d.Call
				} else {
					call = x.(*ast.GoStmt).Call
				}
				if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
					walk(lit.Body, false)
				}
				return false
			case *ast.IndexExpr:
				if !inLoop {
					if sp, ok := indexSpan(x, info, runtime); ok {
						spans = append(spans, sp...)
					}
				}
			}
			return true
		})
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			walk(fd.Body, false)
		}
	}
	return spans
}

// indexSpan is the lowering of x[i], when x is a slice, array or string
// with no side effects and i not a constant the checker already judged.
func indexSpan(x *ast.IndexExpr, info *types.Info, runtime string) ([]Span, bool) {
	t := info.TypeOf(x.X)
	if t == nil {
		return nil, false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return nil, false
		}
	case *types.Array:
		if tv := info.Types[x.Index]; tv.Value != nil {
			return nil, false // checked by Go's checker
		}
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); !ok {
			return nil, false
		}
	default:
		return nil, false // maps, type parameters, generic instantiations
	}
	if tv := info.Types[x.Index]; !tv.IsValue() || !pureOperand(x.X, info) {
		return nil, false
	}
	it, ok := info.TypeOf(x.Index).Underlying().(*types.Basic)
	if !ok || it.Info()&types.IsInteger == 0 {
		return nil, false
	}
	if tv := info.Types[x.Index]; tv.Value != nil {
		if v, exact := constant.Int64Val(constant.ToInt(tv.Value)); !exact || v < 0 {
			return nil, false
		}
	}
	return []Span{{x.Index.Pos(), x.Index.Pos(), runtime + ".Index(int64("},
		{x.Index.End(), x.Index.End(), "), len(" + types.ExprString(x.X) + "))"}}, true
}

// pureOperand reports whether reading x twice is reading it once: a
// variable, or fields and constant-indexed elements of one (no calls, no
// receives, no pointer dereference).
func pureOperand(x ast.Expr, info *types.Info) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		_, ok := info.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel == nil || sel.Kind() != types.FieldVal || sel.Indirect() {
			return false
		}
		return pureOperand(x.X, info)
	}
	return false
}

// Index returns i when 0 ≤ i < n; else it panics as Go's runtime does for
// an index out of range (a runtime.Error).
func Index(i int64, n int) int {
	if i < 0 || i >= int64(n) {
		panic(runtimeError(fmt.Sprintf("runtime error: index out of range [%d] with length %d", i, n)))
	}
	return int(i)
}
