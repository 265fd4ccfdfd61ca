package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// SelectSendOperators refuses a select case that sends the value of an
// operator expression (case ch <- x + y, case ch <- -s[0]): the
// interpreter (yaegi v0.16.1) evaluates such a value in a select case
// wrong, silently. Measured against go run (gc evaluates the channel and
// the value once, in source order, when the select starts):
//
//	case sel <- s[0] + 1     Go 10, the interpreter 1
//	case sel <- g() + 1      Go 4, the interpreter 1
//	case sel <- x + y        (a chan any) Go 7, the interpreter 0
//	case sel <- x == 3       Go true, the interpreter false
//
//	case sel <- x + 1 + y    Go 8, the interpreter 4
//
// A plain operand (a variable, a literal, a call, an index, a field) is
// sent right, and so is one operator over variables and literals on a
// channel of a concrete type (case ch <- x + 1). The way out is Go's own
// order: the value computed into a variable just before the select.
func SelectSendOperators(f *ast.File, info *types.Info) (ast.Node, string) {
	var at ast.Node
	inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		cc, ok := n.(*ast.CommClause)
		if !ok {
			return true
		}
		send, ok := cc.Comm.(*ast.SendStmt)
		if !ok {
			return true
		}
		v := ast.Unparen(send.Value)
		switch x := v.(type) {
		case *ast.BinaryExpr, *ast.UnaryExpr:
			if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
				break // &x is sent right: an address
			}
			ch, _ := under(info.TypeOf(send.Chan)).(*types.Chan)
			if ch == nil || types.IsInterface(ch.Elem()) || !plainOperands(x) {
				at = v
			}
		}
		return at == nil
	})
	if at == nil {
		return nil, ""
	}
	return at, "a select case sending the value of an operator expression (case ch <- " + types.ExprString(at.(ast.Expr)) + "): the interpreter sends another value there (case ch <- s[0] + 1 sent 1, Go 10). Not supported: compute the value into a variable before the select (v := " + types.ExprString(at.(ast.Expr)) + "; select { case ch <- v: … })"
}

// plainOperands reports whether x is one operator over variables and
// literals (x + 1, -x), which the interpreter sends right.
func plainOperands(x ast.Expr) bool {
	plain := func(e ast.Expr) bool {
		switch ast.Unparen(e).(type) {
		case *ast.Ident, *ast.BasicLit:
			return true
		}
		return false
	}
	switch x := x.(type) {
	case *ast.BinaryExpr:
		return plain(x.X) && plain(x.Y)
	case *ast.UnaryExpr:
		return plain(x.X)
	}
	return false
}
