package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// ChanRangeKey starts the name of the key variable of a range ChanRanges
// lowers: the loop's variables, bound in its body, are per iteration
// already, and the passes that copy them leave such a loop alone.
const ChanRangeKey = "__cr"

// ChanRanges lowers a range with a value over a slice, an array or a map
// whose elements are channels: the interpreter (yaegi v0.16.1) stopped
// with "reflect: call of reflect.Value.Len on int Value" (a nil
// dereference for a map), as in the fan-in for _, c := range cs { for v :=
// range c { … } }. The loop ranges over the keys, and the value is read
// by its key:
//
//	for i, c := range cs {   →   for __cr7 := range cs { i, c := __cr7, cs[__cr7];
//
// The operand must be a variable (or a field of one) that the loop does
// not assign; another is refused, naming it.
func ChanRanges(f *ast.File, info *types.Info) (ast.Node, string, []Span) {
	if !treeHolds(f, hasRange) {
		return nil, "", nil // nothing of the kind to lower (walk.go)
	}
	var at ast.Node
	var msg string
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		r, ok := n.(*ast.RangeStmt)
		if !ok || r.Value == nil || r.Tok == token.ILLEGAL {
			return true
		}
		if id, ok := r.Value.(*ast.Ident); ok && id.Name == "_" {
			return true
		}
		var elem types.Type
		switch t := under(info.TypeOf(r.X)).(type) {
		case *types.Slice:
			elem = t.Elem()
		case *types.Array:
			elem = t.Elem()
		case *types.Map:
			elem = t.Elem()
		case *types.Pointer:
			if a, ok := under(t.Elem()).(*types.Array); ok {
				elem = a.Elem()
			}
		}
		if _, ok := under(elem).(*types.Chan); elem == nil || !ok {
			return true
		}
		if !plainOperand(r.X) || assignsName(r.Body, r.X, info) {
			at, msg = r.X, fmt.Sprintf("a range with a value over %s, whose elements are channels: the interpreter stops there (reflect.Value.Len on int), and its operand is not a variable the loop leaves alone. Not supported yet: range over a variable's keys, for i := range cs { c := cs[i] … }", types.ExprString(r.X))
			return false
		}
		k := fmt.Sprintf("%s%d", ChanRangeKey, int(r.Pos()))
		x := types.ExprString(r.X)
		switch ast.Unparen(r.X).(type) {
		case *ast.Ident, *ast.SelectorExpr:
		default:
			x = "(" + x + ")"
		}
		key := "_"
		if r.Key != nil {
			key = types.ExprString(r.Key)
		}
		bind := fmt.Sprintf(" %s, %s %s %s, %s[%s];", key, types.ExprString(r.Value), r.Tok, k, x, k)
		if key == "_" && r.Tok == token.DEFINE {
			bind = fmt.Sprintf(" %s := %s[%s];", types.ExprString(r.Value), x, k)
		}
		spans = append(spans, Span{r.Key.Pos(), r.Value.End(), k}, Span{r.TokPos, r.TokPos + token.Pos(len(r.Tok.String())), ":="},
			Span{r.Body.Lbrace + 1, r.Body.Lbrace + 1, bind})
		return true
	})
	if at != nil {
		return at, msg, nil
	}
	return nil, "", spans
}

// assignsName reports whether body assigns the variable at the root of x
// (or takes its address).
func assignsName(body ast.Node, x ast.Expr, info *types.Info) bool {
	root := x
	for {
		switch y := ast.Unparen(root).(type) {
		case *ast.SelectorExpr:
			root = y.X
			continue
		case *ast.StarExpr:
			root = y.X
			continue
		case *ast.UnaryExpr:
			root = y.X
			continue
		}
		break
	}
	id, ok := ast.Unparen(root).(*ast.Ident)
	if !ok {
		return true
	}
	obj := info.Uses[id]
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if lid, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[lid] == obj && obj != nil {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if lid, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[lid] == obj && obj != nil {
				found = true
			}
		}
		return !found
	})
	return found
}

// DropLoopCopies returns spans without the copies of a loop's variables
// (x := x;) that another pass put where chans binds them in the body;
// LoopShadowCopies' blocks around the body stay, without their copies
// ({ c := c; { → { {: the variable is bound inside, per iteration).
func DropLoopCopies(spans, chans []Span) []Span {
	var out []Span
	for _, s := range spans {
		if s.Pos == s.End && BindsAt(chans, s.Pos) && !strings.Contains(s.Text, ChanRangeKey) {
			if loopCopy(s.Text) {
				continue
			}
			if inner, ok := strings.CutPrefix(s.Text, " {"); ok && strings.HasSuffix(inner, " {") && loopCopy(strings.TrimSuffix(inner, " {")) {
				s.Text = " { {"
			}
		}
		out = append(out, s)
	}
	return out
}

// BindsAt reports whether one of spans inserts at pos.
func BindsAt(spans []Span, pos token.Pos) bool {
	for _, sp := range spans {
		if sp.Pos == pos && sp.End == pos {
			return true
		}
	}
	return false
}

// loopCopy reports whether text is copies of variables, x := x; (and
// _ = x;).
func loopCopy(text string) bool {
	for _, st := range strings.Split(text, ";") {
		st = strings.TrimSpace(st)
		if st == "" {
			continue
		}
		a, b, ok := strings.Cut(st, " := ")
		if !ok {
			a, b, ok = strings.Cut(st, " = ")
			if !ok || a != "_" {
				return false
			}
			continue
		}
		if a != b {
			return false
		}
	}
	return true
}
