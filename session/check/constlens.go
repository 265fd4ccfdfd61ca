package check

import (
	"go/ast"
	"go/types"
)

// ConstLens returns the lowerings of len and cap of a pointer to an array,
// which Go's checker makes a constant (len(p) of a *[3]int is 3, even for
// a nil p): the interpreter dereferenced the pointer, and a nil one
// panicked. The call becomes its value.
func ConstLens(f *ast.File, info *types.Info, others []Span) []Span {
	var spans []Span
	ranged := map[ast.Expr]bool{} // range len(p): the range lowerings have it
	ast.Inspect(f, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok {
			ranged[ast.Unparen(r.X)] = true
		}
		call, ok := n.(*ast.CallExpr)
		if ok && ranged[call] {
			return true
		}
		if !ok || len(call.Args) != 1 {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "len" && b.Name() != "cap" {
			return true
		}
		tv := info.Types[call]
		if tv.Value == nil {
			return true
		}
		if _, ptr := under(info.TypeOf(call.Args[0])).(*types.Pointer); !ptr {
			return true
		}
		for _, o := range others {
			if o.Pos < call.End() && call.Pos() < o.End || o.Pos == o.End && call.Pos() < o.Pos && o.Pos < call.End() {
				return false
			}
		}
		spans = append(spans, Span{call.Pos(), call.End(), "(" + tv.Value.ExactString() + ")"})
		return false
	})
	return spans
}
