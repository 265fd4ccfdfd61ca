package check

// This file gives a cell's statements gc's order of calls and other
// operands (CallOrder, callorder.go), as divergo run's pre-pass gives a
// program's. Go leaves the order of a statement's calls relative to its
// variable reads, indexes and dereferences to the implementation; gc makes
// the calls first, and the interpreter read left to right, so that in a
// cell
//
//	a := []int{1}; i := 5
//	f := func() int { i = 0; return 7 }
//	fmt.Println(a[i], f())      // Go prints 1 7; the cell panicked on a[i]
//	c, d := x, g()              // Go reads x after g changed it
//
// Check finds, unit by unit, the spans that lower the cell's statements
// (top-level ones, the bodies of the functions it declares, function
// literals) and returns the cell's text lowered (Result.Reordered) instead
// of judging it further; the session parses that text as the cell and
// checks it again without this pass (CheckLowered), so that every other
// pass, and the interpreter, see plain Go in gc's order. Positions of the
// lowered text map back to the cell's (Reordered.CellOff): an error points
// at what the user wrote.
//
// Two top-level forms differ from a program's: a statement's temporaries
// there would be the session's variables, and a trailing expression is the
// cell's shown value. So a top-level define computes its values in a
// function literal, its temporaries local to it (the names it defines stay
// the session's, each of the type it had):
//
//	c, d := x, g()   →   c, d := func() (int, int) { __co1 := g(); return x, __co1 }()
//
// and an expression statement that is not a call (a[i] + f()), or a call
// whose results the cell shows (not fmt.Println's), becomes such a
// function literal's call too, a value the cell shows, rather than a
// block holding the temporaries:
//
//	a[i] + f()   →   func() int { __co1 := f(); return a[i] + __co1 }()

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"
)

// Reordered is a cell's text lowered to gc's order of calls, which the
// session parses and checks (CheckLowered) in place of the cell.
type Reordered struct {
	Text string
	segs []orderSeg
}

// orderSeg is a part of Reordered.Text: copied from the cell at c, or
// text inserted in place of the cell's [c, c+cn); moved are the parts of
// inserted text that a lowering moved from elsewhere in the cell (the
// calls put into temporaries).
type orderSeg struct {
	t, c, n int
	orig    bool
	moved   []movedText
}

// movedText is a part of an edit's text, at offset at of it, that holds
// the cell's text at c (n bytes, about: edits inside it may change its
// length).
type movedText struct {
	at, c, n int
}

// CellOff maps an offset of the lowered text to the cell's.
func (r *Reordered) CellOff(off int) int {
	for k := len(r.segs) - 1; k >= 0; k-- {
		s := r.segs[k]
		if off < s.t {
			continue
		}
		d := off - s.t
		if s.orig {
			return s.c + min(d, s.n)
		}
		for _, m := range s.moved {
			if d >= m.at && d < m.at+m.n {
				return m.c + d - m.at
			}
		}
		return s.c
	}
	return off
}

// Edits reports whether an edit of the cell starts in [from, to].
func (r *Reordered) Edits(from, to int) bool {
	for _, s := range r.segs {
		if !s.orig && s.c >= from && s.c <= to {
			return true
		}
	}
	return false
}

// cellEdit is an edit of the cell's text by CallOrder.
type cellEdit struct {
	start, end int
	text       string
	moved      []movedText
}

var tempRe = regexp.MustCompile(`^__co[0-9]+$`)
var tempDefRe = regexp.MustCompile(`__co[0-9]+ := `)

// callOrder finds the spans that put the unit's statements in gc's order
// and adds them, as edits of the cell, to c.reorder; it returns a refusal
// when CallOrder refuses a construct (at its place in the cell) or the
// spans cannot be made edits of the cell.
func (c *cellCheck) callOrder(k Kind, f *ast.File, info *types.Info, t *text, stmts []ast.Stmt, chunkStart int) *Result {
	src := t.b.String()
	text := func(from, to token.Pos) string { return src[t.off(from):t.off(to)] }
	c.shadowed = map[string]bool{}
	inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := info.Defs[id]; obj != nil {
				if _, pkgName := obj.(*types.PkgName); !pkgName {
					c.shadowed[id.Name] = true
				}
			}
		}
		return true
	})
	at, msg, spans := callOrderOf(f, info, text, c.cellTypeString, k == Decl)
	if at != nil {
		off, ok := t.cellOff(t.off(at.Pos()))
		if !ok {
			off = chunkStart
		}
		return &Result{Err: &Error{Off: off, Msg: msg}}
	}
	if len(spans) == 0 {
		return nil
	}
	var decls []ast.Decl
	if k == Decl {
		decls = f.Decls
	}
	var r *Result
	if spans, r = c.topLevelOrder(spans, stmts, decls, info, t); r != nil {
		return r
	}
	failed := &Result{Err: &Error{Off: chunkStart, Msg: "the order of a statement's calls could not be lowered in the cell; please report it with the cell"}}
	// Where the temporaries' calls came from: the span that replaced each
	// by its name.
	origin := map[string][2]int{}
	for _, sp := range spans {
		if sp.Pos < sp.End && tempRe.MatchString(sp.Text) {
			s, ok1 := t.cellOff(t.off(sp.Pos))
			e, ok2 := t.cellOff(t.off(sp.End))
			if ok1 && ok2 {
				origin[sp.Text] = [2]int{s, e}
			}
		}
	}
	for _, sp := range spans {
		s, ok1 := t.cellOff(t.off(sp.Pos))
		e, ok2 := t.cellOff(t.off(sp.End))
		if !ok1 || !ok2 || e < s {
			return failed
		}
		if n := len(c.reorder); n > 0 && s < c.reorder[n-1].end {
			return failed // overlapping: cannot happen
		}
		ed := cellEdit{start: s, end: e, text: sp.Text}
		for _, m := range tempDefRe.FindAllStringIndex(sp.Text, -1) {
			name := strings.TrimSuffix(sp.Text[m[0]:m[1]], " := ")
			if o, ok := origin[name]; ok {
				ed.moved = append(ed.moved, movedText{at: m[1], c: o[0], n: o[1] - o[0]})
			}
		}
		c.reorder = append(c.reorder, ed)
	}
	return nil
}

// topLevelOrder turns the lowerings of the cell's top-level defines and
// expression statements (a statement's temporaries before it, "pre; ", or
// in a block around it, "{ pre; … }") into the forms of a cell (see
// above): the names a define defines stay the session's variables, the
// temporaries do not become any, and the shown value stays shown.
func (c *cellCheck) topLevelOrder(spans []Span, stmts []ast.Stmt, decls []ast.Decl, info *types.Info, t *text) ([]Span, *Result) {
	var wrapValues func(spans []Span, k int, st ast.Node, lhs []ast.Expr, values []ast.Expr) ([]Span, *Result)
	find := func(pos token.Pos, prefix string) int {
		for k, sp := range spans {
			if sp.Pos == pos && sp.End == pos && strings.HasPrefix(sp.Text, prefix) {
				return k
			}
		}
		return -1
	}
	refuse := func(st ast.Node, what string) ([]Span, *Result) {
		off, _ := t.cellOff(t.off(st.Pos()))
		return nil, &Result{Err: &Error{Off: off, Msg: orderRefusal(what)}}
	}
	names := func(ts []types.Type) (string, bool) {
		var parts []string
		for _, typ := range ts {
			name, ok := c.cellTypeString(typ)
			if !ok {
				return "", false
			}
			parts = append(parts, name)
		}
		if len(parts) == 1 {
			return parts[0], true
		}
		return "(" + strings.Join(parts, ", ") + ")", true
	}
	n := 0 // the function literals' results
	// wrapValues moves the temporaries a statement st that defines names
	// has before it (spans[k], "pre; ") into a function literal that
	// computes its values, each of its name's type.
	wrapValues = func(spans []Span, k int, st ast.Node, lhs []ast.Expr, values []ast.Expr) ([]Span, *Result) {
		pre := strings.TrimSuffix(spans[k].Text, "; ")
		var ts []types.Type
		var tuple *types.Tuple
		if len(values) == 1 && len(lhs) > 1 {
			tuple, _ = info.TypeOf(values[0]).(*types.Tuple)
			if tuple == nil || tuple.Len() != len(lhs) {
				_, r := refuse(st, "this statement")
				return nil, r
			}
		}
		for j, l := range lhs {
			var typ types.Type
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
				if obj := info.ObjectOf(id); obj != nil {
					typ = obj.Type()
				}
			}
			if typ == nil {
				if tuple != nil {
					typ = types.Default(tuple.At(j).Type())
				} else {
					typ = types.Default(info.TypeOf(values[j]))
				}
			}
			ts = append(ts, typ)
		}
		res, ok := names(ts)
		if !ok {
			_, r := refuse(st, "a definition whose values read an operand before a call, of a type without a name here")
			return nil, r
		}
		var open, closing string
		if tuple != nil {
			// v, ok := m[k] and a, b := f(): assigned to variables of
			// the results' types.
			var vars, decls []string
			for j := range ts {
				n++
				v := "__cv" + strconv.Itoa(n)
				vars = append(vars, v)
				tn, _ := c.cellTypeString(ts[j])
				decls = append(decls, "var "+v+" "+tn)
			}
			open = "func() " + res + " { " + pre + "; " + strings.Join(decls, "; ") + "; " + strings.Join(vars, ", ") + " = "
			closing = "; return " + strings.Join(vars, ", ") + " }()"
		} else {
			open = "func() " + res + " { " + pre + "; return "
			closing = " }()"
		}
		spans = append(spans[:k], spans[k+1:]...)
		end := values[len(values)-1].End()
		return append(spans, Span{values[0].Pos(), values[0].Pos(), open}, Span{end, end, closing}), nil
	}
	// A cell's top-level var declarations (package-level in a unit of
	// declarations): var r = []int{a[i], f()}.
	for _, d := range decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		k := find(gd.Pos(), "")
		if k < 0 {
			continue
		}
		if len(gd.Specs) != 1 {
			return refuse(gd, "a grouped var declaration whose values read an operand before a call")
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if len(vs.Names) > 1 {
			// var a, b = func() (…) { … }() fails in the interpreter
			// ("variable definition loop") when the literal reads a
			// variable of the session.
			return refuse(gd, "a var declaration of several names whose values read an operand before a call")
		}
		lhs := make([]ast.Expr, len(vs.Names))
		for j, id := range vs.Names {
			lhs[j] = id
		}
		var r *Result
		if spans, r = wrapValues(spans, k, gd, lhs, vs.Values); r != nil {
			return nil, r
		}
	}
	for _, st := range stmts {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok != token.DEFINE {
				continue
			}
			if k := find(st.Pos(), ""); k >= 0 {
				var r *Result
				if spans, r = wrapValues(spans, k, st, st.Lhs, st.Rhs); r != nil {
					return nil, r
				}
			}
		case *ast.ExprStmt:
			k := find(st.Pos(), "{ ")
			if k < 0 {
				continue
			}
			e := -1
			for j, sp := range spans {
				if sp.Pos == st.End() && sp.End == st.End() && sp.Text == " }" {
					e = j
				}
			}
			if e < 0 {
				return refuse(st, "this statement")
			}
			tv := info.Types[st.X]
			tuple, isTuple := tv.Type.(*types.Tuple)
			// A cell shows each top-level expression's value.
			shown := tv.IsValue() && !(isTuple && tuple.Len() == 0) && !unshownCall(st.X, info)
			if statementExpr(st.X, info) && !shown {
				continue // a block around it
			}
			var ts []types.Type
			if isTuple {
				for j := 0; j < tuple.Len(); j++ {
					ts = append(ts, tuple.At(j).Type())
				}
			} else {
				ts = []types.Type{types.Default(tv.Type)}
			}
			res, ok := names(ts)
			if !ok {
				return refuse(st, "an expression that reads an operand before a call, of a type without a name here")
			}
			spans[k].Text = "func() " + res + " { " + spans[k].Text[len("{ "):] + "return "
			spans[e].Text = " }()"
		}
	}
	sortSpans(spans)
	return spans, nil
}

// sortSpans orders spans by their start, an insertion before a
// replacement at its place (editBefore); stable otherwise.
func sortSpans(spans []Span) {
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && editBefore(spans[j].Pos, spans[j].End, spans[j-1].Pos, spans[j-1].End); j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
}

// statementExpr reports whether x may stand as a statement: a call that
// is not a conversion nor of a builtin that computes a value, or a
// receive.
func statementExpr(x ast.Expr, info *types.Info) bool {
	switch y := ast.Unparen(x).(type) {
	case *ast.UnaryExpr:
		return y.Op == token.ARROW
	case *ast.CallExpr:
		if tv, ok := info.Types[y.Fun]; ok && tv.IsType() {
			return false
		}
		if id, ok := ast.Unparen(y.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok {
				switch b.Name() {
				case "copy", "recover", "panic", "print", "println", "close", "delete", "clear":
					return true
				}
				return false
			}
		}
		return true
	}
	return false
}

// unshownCall reports whether x is a call whose results a cell does not
// show, as the session decides (Session.shows): fmt's Print family,
// Write methods, print, println and panic.
func unshownCall(x ast.Expr, info *types.Info) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return fn.Name == "print" || fn.Name == "println" || fn.Name == "panic"
	case *ast.SelectorExpr:
		name := fn.Sel.Name
		if id, ok := fn.X.(*ast.Ident); ok && id.Name == "fmt" {
			if pn, ok := info.Uses[id].(*types.PkgName); ok && pn.Imported().Path() == "fmt" &&
				(strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fprint")) {
				return true
			}
		}
		switch name {
		case "Write", "WriteString", "WriteByte", "WriteRune", "WriteTo":
			return true
		}
	}
	return false
}

// reordered is the cell's text with the edits of c.reorder.
func (c *cellCheck) reordered() *Reordered {
	r := &Reordered{}
	var b strings.Builder
	at := 0
	copyTo := func(end int) {
		if end > at {
			r.segs = append(r.segs, orderSeg{t: b.Len(), c: at, n: end - at, orig: true})
			b.WriteString(c.cell[at:end])
			at = end
		}
	}
	for _, e := range c.reorder {
		copyTo(e.start)
		r.segs = append(r.segs, orderSeg{t: b.Len(), c: e.start, n: len(e.text), moved: e.moved})
		b.WriteString(e.text)
		at = e.end
	}
	copyTo(len(c.cell))
	r.Text = b.String()
	return r
}
