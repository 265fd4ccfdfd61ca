package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
)

// BigUnsignedConsts writes a constant expression of an unsigned integer
// type whose value is beyond int64's range as its value
// (var y uint64 = Big | 5, Big = 1 << 63): the interpreter (yaegi
// v0.16.1) folded such an expression in int64 and stopped with "constant
// 9223372036854775813 overflows int64"; the literal it is given instead
// is converted exactly:
//
//	var y uint64 = Big | 5   →   var y uint64 = uint64(9223372036854775813)
//
// A literal is converted (return 0xDEADBEEFCAFEBABE from a func() uint64
// stopped too); a constant's name is left as it is (and constant
// declarations, TypedConsts'), and so is an expression inside one already
// written so, or of a named type (type ID uint64), whose name the text
// may not have.
func BigUnsignedConsts(f *ast.File, info *types.Info) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		if d, ok := n.(*ast.GenDecl); ok && d.Tok == token.CONST {
			return false // the declaration: TypedConsts'; its name is a constant the interpreter keeps
		}
		var x ast.Expr
		switch n := n.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			return false // a constant by its name: kept exactly
		case *ast.BasicLit:
			if n.Kind != token.INT {
				return false
			}
			x = n
		case *ast.BinaryExpr, *ast.UnaryExpr, *ast.ParenExpr, *ast.CallExpr:
			x = n.(ast.Expr) // the expressions that may be constant
		default:
			return true
		}
		if p, ok := x.(*ast.ParenExpr); ok {
			switch ast.Unparen(p).(type) {
			case *ast.Ident, *ast.SelectorExpr:
				return false
			}
		}
		tv, ok := info.Types[x]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int || tv.IsType() {
			return true
		}
		basic, ok := tv.Type.(*types.Basic) // uint64, uint, uintptr: named by Go's own names
		if !ok || basic.Info()&types.IsUnsigned == 0 || basic.Info()&types.IsUntyped != 0 {
			return true
		}
		if constant.Compare(tv.Value, token.GTR, constant.MakeInt64(math.MaxInt64)) {
			spans = append(spans, Span{x.Pos(), x.End(), basic.Name() + "(" + tv.Value.ExactString() + ")"})
			return false
		}
		return true
	})
	return spans
}
