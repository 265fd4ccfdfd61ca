package check

// This file lowers the receives the interpreter (yaegi v0.16.1) runs
// wrong, silently.
//
// In a select, a case that receives two values (v, ok := <-h.in) from a
// channel that is not a plain variable never evaluated the channel: the
// case was never ready (the select took its default, or deadlocked). A
// case that receives into a field, an element or through a pointer (case
// s.last = <-ch, arr[1] = <-ch, m["k"] = <-ch, *p = <-ch) dropped the
// value. Go evaluates every case's channel once, in source order, on
// entering the select, and evaluates and assigns a case's targets only
// once that case is chosen. Each such case is preceded by a case on a nil
// channel (never ready) whose channel operand, evaluated in its place
// among the others, keeps the channel in a variable and, for targets that
// are not names, a function literal that assigns them; the case itself
// receives from the variable into fresh variables and calls the literal
// first thing:
//
//	select {                         { var __sr9c chan int; var __sr9s func(int); select {
//	case s.last = <-h.in:      →     case <-func(__src chan int) chan struct{} { __sr9c = __src; __sr9s = func(__srv int) { s.last = __srv }; return nil }(h.in): case __sr9v := <-__sr9c: __sr9s(__sr9v);
//		use(s)                           use(s)
//	}                                } }
//
// A case defining names (v, ok := <-h.in) keeps them: case v, ok :=
// <-__sr9c. Every text of the program stays where it was, so that other
// lowerings inside it stand.
//
// Outside a select, an assignment of a receive to a target that is not a
// name (sl[idx()] = <-ch, nodes[len(nodes)-1].val = <-ch) dropped the
// value when the target's operands made a call, and a receive among
// several values defined at once lost the others; a receive in
// parentheses is assigned right: ReceiveValues writes them.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// SelectReceives returns the lowerings of f's select cases that receive
// into targets the interpreter would not assign, or from a channel it
// would not evaluate (see above); or the first such case it cannot
// lower, with a message. typeName writes a type as f's text can name it;
// text returns f's source between two positions.
func SelectReceives(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), text func(from, to token.Pos) string) (ast.Node, string, []Span) {
	if !treeHolds(f, hasSelect) {
		return nil, "", nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	var at ast.Node
	var msg string
	g := newLoopGuard(f, info)
	lines := func(from, to token.Pos) string {
		return strings.Repeat("\n", strings.Count(text(from, to), "\n"))
	}
	var stack []ast.Node
	wrapped := map[ast.Stmt]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if at != nil {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		sel, ok := n.(*ast.SelectStmt)
		if !ok {
			return true
		}
		var decls []string
		var clauses []Span
		for _, c := range sel.Body.List {
			cc := c.(*ast.CommClause)
			as, ok := cc.Comm.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 {
				continue
			}
			recv, ok := isReceive(as.Rhs[0])
			if !ok {
				continue
			}
			names := true
			for _, l := range as.Lhs {
				if _, isIdent := l.(*ast.Ident); !isIdent {
					names = false
				}
			}
			_, parens := as.Rhs[0].(*ast.ParenExpr)
			chanVar := false
			if id, ok := ast.Unparen(recv.X).(*ast.Ident); ok {
				_, chanVar = info.Uses[id].(*types.Var)
			}
			if names && (len(as.Lhs) == 1 || chanVar) && !parens {
				continue // as the interpreter runs it
			}
			refuse := func(why string) {
				at, msg = cc, "a select case receiving into "+text(as.Lhs[0].Pos(), as.Lhs[len(as.Lhs)-1].End())+": "+why
			}
			ct := info.TypeOf(recv.X)
			chanType, ok1 := typeName(ct)
			elem, ok2 := "", false
			if ch, ok := under(ct).(*types.Chan); ok {
				elem, ok2 = typeName(ch.Elem())
			}
			if ct == nil || !ok1 || !ok2 {
				refuse("the interpreter would run it wrong, and the channel's type cannot be written here. Not supported yet: receive into new variables (case v, ok := <-ch:) from a channel variable")
				return false
			}
			v := fmt.Sprintf("__sr%d", int(cc.Pos()))
			decls = append(decls, fmt.Sprintf("var %sc %s", v, chanType))
			stash := fmt.Sprintf("case <-func(__src %s) chan struct{} { %sc = __src; ", chanType, v)
			if as.Tok == token.DEFINE {
				// New names, written again in the case that receives
				// (PredeclaredNames renames iota and nil).
				var lhs []string
				for _, l := range as.Lhs {
					name := l.(*ast.Ident).Name
					if name == "iota" || name == "nil" {
						if obj := info.Defs[l.(*ast.Ident)]; obj != nil {
							name = "__" + name
						}
					}
					lhs = append(lhs, name)
				}
				clauses = append(clauses,
					Span{cc.Pos(), recv.X.Pos(), stash + "return nil }(" + lines(cc.Pos(), recv.X.Pos())},
					Span{recv.X.End(), cc.Colon + 1, fmt.Sprintf("): case %s := <-%sc:", strings.Join(lhs, ", "), v) + lines(recv.X.End(), cc.Colon+1)})
				continue
			}
			// Assigned targets: a function literal made in place assigns
			// them once the case is chosen, one after the other.
			params, ptypes, args := "__srv "+elem, elem, v+"v"
			var sets []Span
			if len(as.Lhs) == 2 {
				if why := g.sequentialOK(as.Lhs[0], as.Lhs[1]); why != "" {
					refuse(why + ". Not supported yet: receive into new variables (case v, ok := <-ch:) and assign them in the case")
					return false
				}
				ok := "__srok"
				if t := info.TypeOf(as.Lhs[1]); t != nil && !types.Identical(t, types.Typ[types.Bool]) && !types.IsInterface(t) && !isBlank(as.Lhs[1]) {
					// A bool type of the program's: Go's ok is an untyped
					// bool.
					name, nameable := typeName(t)
					if !nameable {
						refuse("the interpreter would not assign it, and the target's type cannot be written here. Not supported yet: receive into new variables (case v, ok := <-ch:) and assign them in the case")
						return false
					}
					ok = name + "(__srok)"
				}
				params, ptypes, args = params+", __srok bool", ptypes+", bool", args+", "+v+"ok"
				sets = append(sets, Span{as.Lhs[0].End(), as.Lhs[1].Pos(), " = __srv; " + lines(as.Lhs[0].End(), as.Lhs[1].Pos())},
					Span{as.Lhs[1].End(), recv.X.Pos(), " = " + ok + " }; return nil }(" + lines(as.Lhs[1].End(), recv.X.Pos())})
			} else {
				sets = append(sets, Span{as.Lhs[0].End(), recv.X.Pos(), " = __srv }; return nil }(" + lines(as.Lhs[0].End(), recv.X.Pos())})
			}
			decls = append(decls, fmt.Sprintf("var %ss func(%s)", v, ptypes))
			sets = append(sets, Span{cc.Pos(), as.Lhs[0].Pos(), stash + v + "s = func(" + params + ") { " + lines(cc.Pos(), as.Lhs[0].Pos())},
				Span{recv.X.End(), cc.Colon + 1, fmt.Sprintf("): case %s := <-%sc: %ss(%s);", args, v, v, args) + lines(recv.X.End(), cc.Colon+1)})
			clauses = append(clauses, sets...)
		}
		if len(clauses) == 0 {
			return true
		}
		// The variables before the select (and its labels), in a block
		// of their own.
		var stmt ast.Node = sel
		for k := len(stack) - 2; k >= 0; k-- {
			l, ok := stack[k].(*ast.LabeledStmt)
			if !ok {
				break
			}
			stmt = l
		}
		open, close := "{ "+strings.Join(decls, "; ")+"; ", " }"
		if st, ok := stmt.(ast.Stmt); ok && g.top[st] {
			// A cell's top-level statement: in a function literal
			// called at once, as lower.BlockDefine runs such statements
			// (the same text, so that the two nest whatever their
			// order).
			open, close = "{ func() { "+strings.Join(decls, "; ")+"; ", " }() }"
		}
		spans = append(append(append(spans, Span{stmt.Pos(), stmt.Pos(), open}), clauses...), Span{stmt.End(), stmt.End(), close})
		if top := topAround(g, stack, stmt); top != nil && !wrapped[top] {
			// Inside a cell's top-level statement (a for, an if): the
			// case's := at the session's top level was "undefined:
			// __sr…v" to the interpreter (a loop around the select
			// whose labels the cases name stays whole). The whole
			// statement goes in a function literal called at once, as
			// lower.BlockDefine writes it.
			wrapped[top] = true
			spans = append(spans, Span{top.Pos(), top.Pos(), "{ func() { "}, Span{top.End(), top.End(), " }() }"})
		}
		return true
	})
	if at != nil {
		return at, msg, nil
	}
	return nil, "", spans
}

// topAround returns the cell's top-level statement around stmt (the
// select, or its labelled statement), stack being the nodes from the file
// down to the select; nil when stmt is one itself, or is in none (in a
// function).
func topAround(g *loopGuard, stack []ast.Node, stmt ast.Node) ast.Stmt {
	for _, n := range stack {
		if n == stmt {
			return nil
		}
		if _, lit := n.(*ast.FuncLit); lit {
			return nil
		}
		if st, ok := n.(ast.Stmt); ok && g.top[st] {
			return st
		}
	}
	return nil
}

// sequentialOK returns "" when assigning t0 and then t1 (the receive's
// value, then its ok) is Go's assignment t0, t1 = v, ok: Go evaluates
// t1's operands (its indexes, the pointers it goes through) before it
// assigns t0. Otherwise it says why not.
func (g *loopGuard) sequentialOK(t0, t1 ast.Expr) string {
	if isBlank(t0) {
		return ""
	}
	var reads []ast.Expr // what t1's evaluation reads
	var walk func(x ast.Expr, value bool)
	walk = func(x ast.Expr, value bool) {
		switch y := x.(type) {
		case *ast.ParenExpr:
			walk(y.X, value)
		case *ast.Ident:
			if value {
				reads = append(reads, y)
			}
		case *ast.SelectorExpr:
			if sel := g.info.Selections[y]; sel != nil && sel.Kind() == types.FieldVal {
				if sel.Indirect() {
					reads = append(reads, y.X) // through a pointer: the pointer's value
					return
				}
				walk(y.X, value)
				return
			}
			if value {
				reads = append(reads, y)
			}
		case *ast.IndexExpr:
			reads = append(reads, y.Index)
			switch under(g.info.TypeOf(y.X)).(type) {
			case *types.Array:
				walk(y.X, value)
			default:
				reads = append(reads, y.X) // a slice, map or pointer: its value
			}
		case *ast.StarExpr:
			reads = append(reads, y.X)
		default:
			if value {
				reads = append(reads, y)
			}
		}
	}
	walk(t1, false)
	root := g.storage(t0) // the variable t0 stands in, unless t0 goes through a pointer, a slice or a map
	for _, r := range reads {
		if tv := g.info.Types[r]; tv.Value != nil {
			continue
		}
		id, ok := ast.Unparen(r).(*ast.Ident)
		if !ok {
			return "the interpreter would not assign it, and the second target reads values the first one's assignment could change"
		}
		v, ok := g.info.Uses[id].(*types.Var)
		if !ok {
			continue // a package name, a constant
		}
		if root != nil && v != root {
			continue // assigning in one variable changes no other
		}
		shared := g.unsafe[v] || v.Parent() == nil || v.Parent() == v.Pkg().Scope()
		if root == nil && (!shared || !holds(v.Type(), g.info.TypeOf(t0))) {
			continue // nothing reaches it but its name, or t0 cannot be in it
		}
		return "the interpreter would not assign it, and the second target reads a variable the first one's assignment could change"
	}
	return ""
}

// holds reports whether a variable of type w may hold a location of type
// t: it is one, or its elements or fields hold one.
func holds(w, t types.Type) bool {
	if t == nil || types.Identical(w, t) {
		return true
	}
	switch u := w.Underlying().(type) {
	case *types.Array:
		return holds(u.Elem(), t)
	case *types.Struct:
		for k := 0; k < u.NumFields(); k++ {
			if holds(u.Field(k).Type(), t) {
				return true
			}
		}
	}
	return false
}

// storage is the variable a target made of fields and array elements
// stands in (s in s.f, arr in arr[1].x), or nil when the target goes
// through a pointer, a slice or a map.
func (g *loopGuard) storage(x ast.Expr) types.Object {
	for {
		switch y := ast.Unparen(x).(type) {
		case *ast.Ident:
			return g.info.Uses[y]
		case *ast.SelectorExpr:
			if sel := g.info.Selections[y]; sel == nil || sel.Kind() != types.FieldVal || sel.Indirect() {
				return nil
			}
			x = y.X
		case *ast.IndexExpr:
			if _, array := under(g.info.TypeOf(y.X)).(*types.Array); !array {
				return nil
			}
			x = y.X
		default:
			return nil
		}
	}
}

// ReceiveValues returns the lowerings of f's receives that the
// interpreter assigns wrong outside select cases: the receive in
// parentheses (see above). A receive assigned to one target that is not a
// name, and a receive among several values defined or assigned at once
// (a, b := <-ch, 5 left b zero; j, k := f(), <-ch, j):
//
//	sl[idx()] = <-ch   →   sl[idx()] = (<-ch)
//	a, b := <-ch, 5    →   a, b := (<-ch), 5
func ReceiveValues(f *ast.File) []Span {
	if !treeHolds(f, hasReceive) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	wrap := func(x ast.Expr) {
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			spans = append(spans, Span{u.Pos(), u.Pos(), "("}, Span{u.End(), u.End(), ")"})
		}
	}
	comm := map[ast.Stmt]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CommClause:
			if n.Comm != nil {
				comm[n.Comm] = true
			}
		case *ast.ValueSpec:
			if len(n.Values) >= 2 {
				for _, v := range n.Values {
					wrap(v)
				}
			}
		case *ast.AssignStmt:
			if comm[n] {
				break
			}
			if len(n.Rhs) >= 2 {
				for _, v := range n.Rhs {
					wrap(v)
				}
				break
			}
			if _, name := n.Lhs[0].(*ast.Ident); n.Tok == token.ASSIGN && len(n.Lhs) == 1 && len(n.Rhs) == 1 && !name {
				wrap(n.Rhs[0])
			}
		}
		return true
	})
	return spans
}

// DropInside returns the spans of others that do not stand inside a
// replacement of mine (an insertion at either end of one stays): mine
// rewrote that text, and wrote what it needs of it (SelectReceives' cases,
// MapTargets' targets, whose operands it takes again from the source and
// checks their indexes itself).
func DropInside(others, mine []Span) []Span {
	var out []Span
	for _, o := range others {
		inside := false
		for _, m := range mine {
			if m.Pos < m.End && m.Pos <= o.Pos && o.End <= m.End && !(o.Pos == o.End && (o.Pos == m.Pos || o.Pos == m.End)) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, o)
		}
	}
	return out
}
