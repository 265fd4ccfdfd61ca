package check

import (
	"go/ast"
	"go/types"
)

// ConstLens returns the lowerings of len and cap that Go's checker makes a
// constant, of a pointer to an array or an array reached through one
// (len(p) of a *[3]int is 3 even for a nil p, as are len(*p), len(s.arr)
// of a nil *S and len(xs[10]) of a [][5]int): the interpreter evaluated
// the operand, and a nil pointer or an index out of range panicked. The call becomes its value.
func ConstLens(f *ast.File, info *types.Info, others []Span) []Span {
	var spans []Span
	ranged := map[ast.Expr]bool{} // range len(p): the range lowerings have it
	inspect(f, func(n ast.Node) bool {
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
		if b, isBasic := under(info.TypeOf(call.Args[0])).(*types.Basic); isBasic && b.Info()&types.IsString != 0 {
			return true // a constant string's length: nothing is read
		}
		if _, isCall := ast.Unparen(call.Args[0]).(*ast.Ident); isCall {
			if _, isPtr := under(info.TypeOf(call.Args[0])).(*types.Pointer); !isPtr {
				return true // an array variable: read as Go reads it
			}
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
