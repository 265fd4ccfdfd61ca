package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// ConstDecl returns the declaration the checker has of the session's
// constant name, with its value ("const W = 2"), or "" when name is not a
// constant whose value it knows.
func (s *Session) ConstDecl(name string) string {
	if e := s.names[name]; e != nil && e.kind == kConst {
		return e.src
	}
	return ""
}

// ConstDecl returns the declaration of the constant name a checked cell
// makes last, with its value, or "" (see Session.ConstDecl).
func (r *Result) ConstDecl(name string) string {
	src := ""
	for _, u := range r.updates {
		if !u.method && u.name == name {
			src = ""
			if u.e != nil && u.e.kind == kConst {
				src = u.e.src
			}
		}
	}
	return src
}

// ConstIotas returns the lowerings of the constant groups that have a
// specification of several names. The interpreter counted iota by names,
// not by specifications, silently (const ( A, B = iota, iota * 10; C, D =
// iota, iota * 10 ) gave C, D = 2, 20; Go 1, 10), and it stopped on such a
// specification repeated implicitly ("constant definition loop" for
// const ( X, Y = iota, iota + 100; Z, W ), "cannot use _ as value" for a
// line _, _). In such a group every iota becomes the index of its
// specification, and a specification without values gets the type and
// values of the last one with values, written out, as Go's implicit
// repetition means:
//
//	const ( X, Y = iota, iota + 100; Z, W )   →   const ( X, Y = 0, 0 + 100; Z, W = 1, 1 + 100 )
//
// text gives the source between two positions. The specifications
// TypedConsts writes are its (DropReplaced), and a group with a shift by
// an expression is Crashes' (constShifts writes its values out).
func ConstIotas(f *ast.File, info *types.Info, text func(from, to token.Pos) string) []Span {
	if !treeHolds(f, hasConst) {
		return nil // nothing of the kind to lower (walk.go)
	}
	iota := types.Universe.Lookup("iota")
	var group ast.Node // the const declaration at hand
	// valueText is the text of values with iota as index.
	valueText := func(from, to token.Pos, index int) string {
		var b strings.Builder
		at := from
		for _, x := range iotaUses(from, to, group, info, iota) {
			b.WriteString(text(at, x.Pos()))
			b.WriteString(strconv.Itoa(index))
			at = x.End()
		}
		b.WriteString(text(at, to))
		return b.String()
	}
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
		gd, ok := n.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			return true
		}
		several, shifts := false, false
		for _, sp := range gd.Specs {
			if vs, ok := sp.(*ast.ValueSpec); ok {
				several = several || len(vs.Names) > 1
				for _, x := range vs.Values {
					shifts = shifts || countedShift(x)
				}
			}
		}
		if !several || shifts {
			return false // the interpreter's iota is Go's, or Crashes writes the values out (constShifts)
		}
		group = gd
		var last *ast.ValueSpec
		for index, sp := range gd.Specs {
			vs, ok := sp.(*ast.ValueSpec)
			if !ok {
				continue
			}
			if len(vs.Values) > 0 {
				last = vs
				for _, x := range iotaUses(vs.Pos(), vs.End(), group, info, iota) {
					spans = append(spans, Span{x.Pos(), x.End(), strconv.Itoa(index)})
				}
				continue
			}
			if last == nil || vs.Type != nil || len(vs.Names) != len(last.Values) {
				continue // an error go/types reported
			}
			repeat := " = " + valueText(last.Values[0].Pos(), last.Values[len(last.Values)-1].End(), index)
			if last.Type != nil {
				repeat = " " + text(last.Type.Pos(), last.Type.End()) + repeat
			}
			spans = append(spans, Span{vs.End(), vs.End(), repeat})
		}
		return false
	})
	return spans
}

// countedShift reports whether x holds a shift whose count is not a
// literal (Crashes' shiftCounted).
func countedShift(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.SHL || b.Op == token.SHR) {
			if _, lit := ast.Unparen(b.Y).(*ast.BasicLit); !lit {
				found = true
			}
		}
		return !found
	})
	return found
}

// DropReplaced returns the spans of mine that stand nowhere in a
// replacement of others, nor at either end of one (TypedConsts wrote the
// whole specification).
func DropReplaced(mine, others []Span) []Span {
	var out []Span
	for _, m := range mine {
		replaced := false
		for _, o := range others {
			if o.Pos < o.End && o.Pos <= m.Pos && m.End <= o.End {
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, m)
		}
	}
	return out
}

// iotaUses returns the identifiers between from and to in f (a node) that denote
// the predeclared iota, in order.
func iotaUses(from, to token.Pos, f ast.Node, info *types.Info, iota types.Object) []*ast.Ident {
	var ids []*ast.Ident
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || n.End() <= from || n.Pos() >= to {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == iota {
			ids = append(ids, id)
		}
		return true
	})
	return ids
}
