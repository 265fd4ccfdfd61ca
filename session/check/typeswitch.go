package check

// This file implements the boundary pass's lowering of type switches whose
// cases name the program's types.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// typeSwitch lowers a type switch on an interface value that is not of an
// interface type of the program (an any, an error, an interface literal)
// with a case of a type of the program (T, *T, []T…): the interpreter's type
// switch does not match such a case, or not reliably — `case T:` of a T in
// an any took the default branch without a bound variable and matched with
// one, `case *T:` the other way round, depending on T's methods; on an
// error it never matched `case *MyErr:` — where its assertions x.(T) answer
// as Go's. The switch becomes a switch without a tag whose cases are those
// assertions, in the same order, so that the first case that matches runs,
// default wherever it stands, and break leaves it:
//
//	switch v := x.(type) {   switch __divergoS := x; {
//	case *A:                 case func() bool { _, ok := __divergoS.(*A); return ok }(): v := __divergoS.(*A); _ = v
//	case B, nil:             case func() bool { _, ok := __divergoS.(B); return ok }() || __divergoS == nil: v := __divergoS; _ = v
//	default:                 default: v := __divergoS; _ = v
//	}                        }
//
// With an init statement, switch init; { default: switch __divergoS := x; {
// … } }. A case of an interface type in such a switch is refused (the
// interpreter's assertion to one is not reliable either).
func (b *boundary) typeSwitch(n *ast.TypeSwitchStmt) {
	x := SwitchOperand(n)
	var bound string
	if a, ok := n.Assign.(*ast.AssignStmt); ok {
		bound = a.Lhs[0].(*ast.Ident).Name
	}
	from := b.info.TypeOf(x)
	if from == nil || !types.IsInterface(from) {
		return
	}
	if programNamed(from) != nil {
		// The interpreter's switch on an interface type of the program
		// matches the program's types as Go does, and never an interface.
		for _, c := range n.Body.List {
			for _, t := range c.(*ast.CaseClause).List {
				if tt := b.info.TypeOf(t); tt != nil && !b.info.Types[t].IsNil() && types.IsInterface(tt) {
					b.refuse(t, "a type switch on %s, an interface type declared in %s, with a case of the interface type %s: the interpreter's type switch never matches such a case (it takes the next one, or default). Not supported: switch over the concrete types (case T:, case *T:)",
						typeString(from), b.where, typeString(tt))
					return
				}
			}
		}
		return
	}
	native := nativeInterface(from)
	program := false
	for _, c := range n.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			if native {
				b.assert(x, t)
			}
			if tt := b.info.TypeOf(t); tt != nil && !types.IsInterface(tt) && mentionsProgram(tt, map[types.Type]bool{}) {
				program = true
			}
			if _, param := b.info.TypeOf(t).(*types.TypeParam); param {
				// case T: of a generic function's type parameter: the
				// interpreter's switch did not match a struct type
				// argument of a cell (Kind(point{1, 2}) took "?"), its
				// assertion v.(T) does.
				program = true
			}
		}
	}
	if !program || b.at != nil {
		return
	}
	var texts [][]string
	peeled := map[string]bool{} // the cases asserted through Peel (kept.go)
	peelTexts := map[string][2]string{}
	for _, c := range n.Body.List {
		var ts []string
		for _, t := range c.(*ast.CaseClause).List {
			if b.info.Types[t].IsNil() {
				ts = append(ts, "nil")
				continue
			}
			tt := b.info.TypeOf(t)
			name, ok := b.typeName(tt)
			if tp, param := tt.(*types.TypeParam); param {
				name, ok = tp.Obj().Name(), true
			}
			why := ""
			switch _, param := tt.(*types.TypeParam); {
			case param:
			case types.IsInterface(tt):
				why = "a case of the interface type " + typeString(tt) + ", which the interpreter's assertions do not match reliably either"
			case !ok:
				why = "a case of type " + typeString(tt) + ", which the lowering cannot name here"
			}
			if why != "" {
				b.refuse(t, "a type switch on %s with a case of a type declared in %s and %s: the interpreter's type switch would not match the cases of %s's types as Go does. Write it as assertions to the concrete types: if v, ok := x.(*T); ok { … }",
					typeString(from), b.where, why, b.where)
				return
			}
			ts = append(ts, name)
			if b.peeledCase(from, tt) {
				okText, ok1 := b.peelText(from, tt, true)
				mustText, ok2 := b.peelText(from, tt, false)
				if ok1 && ok2 {
					peeled[name] = true
					peelTexts[name] = [2]string{okText, mustText}
				}
			}
		}
		texts = append(texts, ts)
	}
	const s = "__divergoS"
	if n.Init != nil {
		b.spans = append(b.spans, Span{n.Init.End(), x.Pos(), "; { default: switch " + s + " := "})
	} else {
		b.spans = append(b.spans, Span{n.Pos(), x.Pos(), "switch " + s + " := "})
	}
	b.spans = append(b.spans, Span{x.End(), n.Body.Lbrace + 1, "; {"})
	for i, c := range n.Body.List {
		cc := c.(*ast.CaseClause)
		ts := texts[i]
		var conds []string
		for _, t := range ts {
			if t == "nil" {
				conds = append(conds, s+" == nil")
			} else if peeled[t] {
				conds = append(conds, "func() bool { _, ok := "+peelTexts[t][0]+"("+s+"); return ok }()")
			} else {
				conds = append(conds, "func() bool { _, ok := "+s+".("+t+"); return ok }()")
			}
		}
		text := "default:"
		if len(conds) > 0 {
			text = "case " + strings.Join(conds, " || ") + ":" // (see caseLists)
		}
		if bound != "" {
			if len(ts) == 1 && peeled[ts[0]] {
				text += " " + bound + " := " + peelTexts[ts[0]][1] + "(" + s + ");"
			} else if len(ts) == 1 && ts[0] != "nil" {
				text += " " + bound + " := " + s + ".(" + ts[0] + ");"
			} else {
				text += " " + bound + " := " + s + ";"
			}
			text += " _ = " + bound + ";"
		}
		b.spans = append(b.spans, Span{cc.Pos(), cc.Colon + 1, text})
	}
	if n.Init != nil {
		b.spans = append(b.spans, Span{n.Body.Rbrace + 1, n.Body.Rbrace + 1, " }"})
	}
}

// mentionsProgram reports whether t is, or is made of, a type declared in
// package main: T, *T, []T, map[string]T, func() T…
func mentionsProgram(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	if programNamed(t) != nil {
		return true
	}
	switch u := t.(type) {
	case *types.Named:
		return false // another package's
	case *types.Pointer:
		return mentionsProgram(u.Elem(), seen)
	case *types.Slice:
		return mentionsProgram(u.Elem(), seen)
	case *types.Array:
		return mentionsProgram(u.Elem(), seen)
	case *types.Map:
		return mentionsProgram(u.Key(), seen) || mentionsProgram(u.Elem(), seen)
	case *types.Chan:
		return mentionsProgram(u.Elem(), seen)
	case *types.Signature:
		for _, tu := range []*types.Tuple{u.Params(), u.Results()} {
			for i := 0; i < tu.Len(); i++ {
				if mentionsProgram(tu.At(i).Type(), seen) {
					return true
				}
			}
		}
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if mentionsProgram(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// caseLists lowers a switch with a case listing several values of which
// one after the first is computed (not a constant or a name): the
// interpreter did not evaluate such a value, and compared with its zero
// value instead (switch x { case 3, one(): } took the case for 0 and not
// for 1; case x == 1, x == 2: of a switch without a tag never matched 2).
// So too a switch with a case nil (the interpreter's never matched a nil
// pointer, slice, map, function or channel), and one with an init
// statement and a tag that is not a name (switch x := 3; x + 1 read the
// tag as zero).
// Go evaluates the values in order until one matches. A switch without a
// tag gets case a || b:; one with a tag is bound once and each case
// compares it:
//
//	switch x {               switch __divergoT := x; {
//	case 3, one():           case __divergoT == 3 || __divergoT == one():
//	case 5:                  case __divergoT == 5:
//	}                        }
//
// With an init statement, switch init; { default: switch __divergoT := x; { … } }.
func (b *boundary) caseLists(n *ast.SwitchStmt) {
	if t := b.info.TypeOf(n.Tag); t != nil && types.IsInterface(t) {
		if _, tp := t.(*types.TypeParam); !tp {
			return // switchTag lowers the whole switch
		}
	}
	computed := false
	for _, c := range n.Body.List {
		for i, x := range c.(*ast.CaseClause).List {
			if _, name := ast.Unparen(x).(*ast.Ident); i > 0 && !name && b.info.Types[x].Value == nil {
				computed = true
			}
			if b.info.Types[x].IsNil() && n.Tag != nil {
				computed = true // the interpreter's case nil never matched a nil pointer, slice, map…
			}
		}
	}
	if _, name := ast.Unparen(n.Tag).(*ast.Ident); n.Init != nil && n.Tag != nil && !name {
		computed = true // after an init statement, the interpreter read a computed tag as zero
	}
	if !computed {
		return
	}
	const t = "__divergoT"
	cmp := ""
	if n.Tag != nil {
		cmp = t + " == "
		if n.Init != nil {
			b.spans = append(b.spans, Span{n.Init.End(), n.Tag.Pos(), "; { default: switch " + t + " := "})
		} else {
			b.spans = append(b.spans, Span{n.Pos(), n.Tag.Pos(), "switch " + t + " := "})
		}
		b.spans = append(b.spans, Span{n.Tag.End(), n.Body.Lbrace, "; "})
	}
	for _, c := range n.Body.List {
		list := c.(*ast.CaseClause).List
		if len(list) == 0 || n.Tag == nil && len(list) == 1 {
			continue
		}
		// Parentheses only where precedence needs them: the interpreter
		// failed on t == (1) || t == (2).
		open, close := func(x ast.Expr) (string, string) {
			if bin, ok := x.(*ast.BinaryExpr); ok && n.Tag != nil && bin.Op.Precedence() <= token.EQL.Precedence() {
				return cmp + "(", ")"
			}
			return cmp, ""
		}, ""
		for i, x := range list {
			o, c := open(x)
			text := close + o
			if i > 0 {
				text = close + " || " + o
			}
			from := x.Pos()
			if i > 0 {
				from = list[i-1].End()
			}
			b.spans = append(b.spans, Span{from, x.Pos(), text})
			close = c
		}
		if close != "" {
			b.spans = append(b.spans, Span{list[len(list)-1].End(), list[len(list)-1].End(), close})
		}
	}
	if n.Tag != nil && n.Init != nil {
		b.spans = append(b.spans, Span{n.Body.Rbrace + 1, n.Body.Rbrace + 1, " }"})
	}
}
