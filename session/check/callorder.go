package check

// This file puts the calls of a statement before its other operands, as
// Go's compiler does. The specification orders the function calls, method
// calls and receives of an expression or an assignment left to right and
// leaves the other operands' evaluation relative to them to the
// implementation. gc makes the calls first, each into a temporary, and
// reads the variables, elements and pointers afterwards; the interpreter
// (yaegi v0.16.1) evaluated strictly left to right:
//
//	fmt.Println(a[i], f())   // gc calls f first, which may print, or make i valid
//	c, d = x, f()            // gc reads x after f, which may change it
//
// CallOrder hoists, in a statement where an operand that a call may
// change (a variable of the package, one a closure or a pointer reaches,
// an element, a pointed-to value) or that may panic (an index, a division)
// is evaluated before a call that gc makes before it, whatever gc copies
// into a temporary, in gc's order (cmd/compile's walk/order.go): calls
// that are not conversions, the builtins that compute a value (len, cap,
// append, copy, make, new, min, max, complex, real, imag, recover),
// receives, slice expressions, []byte and []rune conversions of strings,
// type assertions to a type not stored directly in an interface, && and
// || (whose right operand stays conditional), and a value converted to an
// interface that gc passes by address when it is not addressable (a
// comparison, a bool, a byte, a struct from a map):
//
//	c, d = x, f()            →   { __co1 := f(); c, d = x, __co1 }
//	fmt.Println(a[i], f())   →   { __co1 := f(); fmt.Println(a[i], __co1) }
//	if ok && a[i] == f() {   →   if ok && func() bool { __co1 := f(); return a[i] == __co1 }() {
//
// A statement that defines names gets its temporaries in its own scope,
// others in a block around it; a statement in the header of if, switch or
// for gets them in a block around the whole statement, after its init
// statement; a loop's condition that needs them is checked first in the
// body, after them, and a post statement that needs them runs in a
// function literal with them. Where a statement runs conditionally, a
// case expression, like the right operand of && and ||, gets them in a
// function literal where it stands; a select case's channel or value
// gets them before the select (see selectCases). A map literal whose entry
// needs them is built by a function literal, entry by entry. The spans
// copy the text of the calls they move: f must be type-checked again
// before the other passes judge it (the pre-pass of divergo run).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// CallOrder returns the construct of f whose order cannot be lowered and
// a message naming it, or the spans that lower f's statements to gc's
// order (see above). text gives f's source between two positions;
// typeName writes a type as f's text names it.
func CallOrder(f *ast.File, info *types.Info, text func(from, to token.Pos) string, typeName func(types.Type) (string, bool)) (ast.Node, string, []Span) {
	return callOrderOf(f, info, text, typeName, false)
}

// CallOrderProgram is CallOrder for a whole program, its package-level
// var declarations included: gc orders an initializer's calls before its
// other operands as a statement's (var early = x*100 + g(), g changing x,
// is 1002 under gc; the interpreter read x first, 102). The temporaries go
// into a function literal that computes the value, of the variable's
// type:
//
//	var early = x*100 + g()   →   var early = func() int { __co1 := g(); return x*100 + __co1 }()
//
// A grouped declaration, or one of several names, that needs it is
// refused (the interpreter's "variable definition loop" on the literal).
func CallOrderProgram(f *ast.File, info *types.Info, text func(from, to token.Pos) string, typeName func(types.Type) (string, bool)) (ast.Node, string, []Span) {
	at, msg, spans := callOrderOf(f, info, text, typeName, true)
	if at != nil {
		return at, msg, nil
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		k := -1
		for j, sp := range spans {
			if sp.Pos == gd.Pos() && sp.End == gd.Pos() {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		if len(gd.Specs) != 1 || len(gd.Specs[0].(*ast.ValueSpec).Names) != 1 {
			return gd, orderRefusal("a grouped var declaration, or one of several names, whose values read an operand before a call"), nil
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		obj := info.Defs[vs.Names[0]]
		if obj == nil || len(vs.Values) != 1 {
			return gd, orderRefusal("this declaration"), nil
		}
		typ, ok := typeName(obj.Type())
		if !ok {
			return gd, orderRefusal("a var declaration whose value reads an operand before a call, of a type without a name here"), nil
		}
		pre := strings.TrimSuffix(spans[k].Text, "; ")
		spans = append(spans[:k], spans[k+1:]...)
		v := vs.Values[0]
		spans = append(spans, Span{v.Pos(), v.Pos(), "func() " + typ + " { " + pre + "; return "}, Span{v.End(), v.End(), " }()"})
	}
	sort.SliceStable(spans, func(a, b int) bool { return editBefore(spans[a].Pos, spans[a].End, spans[b].Pos, spans[b].End) })
	return nil, "", spans
}

// callOrderOf is CallOrder; with packageVars, the package-level var
// declarations of f are lowered too, as statements that define names
// (their temporaries before them: a cell's top-level vars, which
// cellorder.go puts in a function literal).
func callOrderOf(f *ast.File, info *types.Info, text func(from, to token.Pos) string, typeName func(types.Type) (string, bool), packageVars bool) (ast.Node, string, []Span) {
	p := &callOrder{info: info, text: text, typeName: typeName, iface: map[ast.Expr]bool{}, sizes: types.SizesFor("gc", "amd64")}
	p.unsafe = newLoopGuard(f, info).unsafe
	p.ifaceContexts(f)
	// Statements in reverse pre-order: one inside another's moved text
	// (a function literal's body among a call's arguments) is lowered
	// first, and its edits go into the text moved.
	var stmts []ast.Stmt
	parent := map[ast.Stmt]ast.Node{}
	var stack []ast.Node
	inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if st, ok := n.(ast.Stmt); ok {
			stmts = append(stmts, st)
			if len(stack) > 0 {
				parent[st] = stack[len(stack)-1]
			}
		}
		if gd, ok := n.(*ast.GenDecl); ok && packageVars && gd.Tok == token.VAR && len(stack) == 1 {
			stmts = append(stmts, &ast.DeclStmt{Decl: gd})
		}
		stack = append(stack, n)
		return true
	})
	for k := len(stmts) - 1; k >= 0 && p.at == nil; k-- {
		p.stmt(stmts[k], parent[stmts[k]])
		if p.straddled {
			p.refuse(stmts[k], "this statement")
		}
	}
	if p.at != nil {
		return p.at, p.msg, nil
	}
	var spans []Span
	for _, e := range p.edits {
		if !e.absorbed {
			spans = append(spans, Span{e.pos, e.end, e.text})
		}
	}
	sort.SliceStable(spans, func(a, b int) bool { return editBefore(spans[a].Pos, spans[a].End, spans[b].Pos, spans[b].End) })
	return nil, "", spans
}

// editBefore orders edits by their start, an insertion before a
// replacement that starts where it is (a statement's temporaries before
// the first operand it replaces: getFn()(x, g())).
func editBefore(pos1, end1, pos2, end2 token.Pos) bool {
	if pos1 != pos2 {
		return pos1 < pos2
	}
	return pos1 == end1 && pos2 != end2
}

type callOrder struct {
	info     *types.Info
	text     func(from, to token.Pos) string
	typeName func(types.Type) (string, bool)
	unsafe   map[types.Object]bool // variables a closure or a pointer reaches
	iface    map[ast.Expr]bool     // operands converted to an interface type
	sizes    types.Sizes
	edits    []*orderEdit
	n        int // temporaries made
	at       ast.Node
	msg      string
	// straddled: an edit crossed the bounds of a moved text (a bug).
	straddled bool
}

type orderEdit struct {
	pos, end token.Pos
	text     string
	absorbed bool // into another edit's text
}

func (p *callOrder) refuse(at ast.Node, what string) {
	if p.at == nil {
		p.at = at
		p.msg = orderRefusal(what)
	}
}

// orderRefusal is the message refusing what, whose order of calls cannot
// be lowered.
func orderRefusal(what string) string {
	return what + ": Go's compiler makes its calls before it reads the other operands, which the interpreter reads first (the order is the implementation's), and divergo cannot reorder it there. Not supported yet: compute the call into a variable first"
}

// source is f's text from pos to end with the edits inside applied, and
// marked absorbed.
func (p *callOrder) source(pos, end token.Pos) string {
	var inside []*orderEdit
	for _, e := range p.edits {
		if e.absorbed {
			continue
		}
		if pos <= e.pos && e.end <= end {
			inside = append(inside, e)
		} else if e.pos < end && e.end > pos {
			p.straddled = true // cannot happen with nested statements
		}
	}
	sort.SliceStable(inside, func(a, b int) bool { return editBefore(inside[a].pos, inside[a].end, inside[b].pos, inside[b].end) })
	var b strings.Builder
	last := pos
	for _, e := range inside {
		if e.pos < last {
			p.straddled = true
			continue
		}
		b.WriteString(p.text(last, e.pos))
		b.WriteString(e.text)
		last = e.end
		e.absorbed = true
	}
	b.WriteString(p.text(last, end))
	return b.String()
}

func (p *callOrder) edit(pos, end token.Pos, text string) {
	p.edits = append(p.edits, &orderEdit{pos: pos, end: end, text: text})
}

// stmt lowers st when its operands need gc's order; parent is the node
// holding it.
func (p *callOrder) stmt(st ast.Stmt, parent ast.Node) {
	switch st := st.(type) {
	case *ast.IfStmt:
		p.header(st, parent, st.Init, st.Cond, "if", st.Body.Lbrace)
	case *ast.SwitchStmt:
		p.header(st, parent, st.Init, st.Tag, "switch", st.Body.Lbrace)
		for _, c := range st.Body.List {
			for _, x := range c.(*ast.CaseClause).List {
				// Evaluated only when the cases before it did not
				// match: in a function literal where it stands.
				if pre := p.scope([]ast.Expr{x}, true); len(pre) > 0 {
					p.inPlace(x, pre, "a case expression that reads an operand before a call")
				}
			}
		}
	case *ast.TypeSwitchStmt:
		p.header(st, parent, st.Init, SwitchOperand(st), "switch", st.Body.Lbrace)
	case *ast.ForStmt:
		if st.Cond != nil {
			if pre := p.scope([]ast.Expr{st.Cond}, true); len(pre) > 0 {
				// Checked first in the body, each time: continue
				// runs the post statement, then the check.
				cond := p.source(st.Cond.Pos(), st.Cond.End())
				p.edit(st.Cond.Pos(), st.Cond.End(), "")
				p.edit(st.Body.Lbrace+1, st.Body.Lbrace+1, " "+strings.Join(pre, "; ")+"; if !("+cond+") { break };")
			}
		}
		if st.Post != nil {
			if pre, ok := p.simple(st.Post); ok && len(pre) > 0 {
				// Run again after each iteration: a call of a function
				// literal that runs it after its temporaries.
				post := p.source(st.Post.Pos(), st.Post.End())
				p.edit(st.Post.Pos(), st.Post.End(), "func() { "+strings.Join(pre, "; ")+"; "+post+" }()")
			}
		}
		p.header(st, parent, st.Init, nil, "", st.Body.Lbrace)
	case *ast.RangeStmt:
		p.header(st, parent, nil, st.X, "", st.Body.Lbrace)
	case *ast.SelectStmt:
		p.selectCases(st, parent)
	case *ast.LabeledStmt, *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.BranchStmt, *ast.EmptyStmt, *ast.IncDecStmt:
	default:
		if _, inHeader := headerOf(st, parent); inHeader {
			return // with its statement's header
		}
		pre, ok := p.simple(st)
		if !ok || len(pre) == 0 {
			return
		}
		if defines(st) {
			p.edit(st.Pos(), st.Pos(), strings.Join(pre, "; ")+"; ")
			return
		}
		p.edit(st.Pos(), st.Pos(), "{ "+strings.Join(pre, "; ")+"; ")
		p.edit(st.End(), st.End(), " }")
	}
}

// selectCases lowers the channels and values of a select's cases: gc
// evaluates each where it stands, in their order, when the select starts,
// as the interpreter does; inside one, the calls go first. Their
// temporaries go before the select, in a block around it, when no case
// before makes a call (else the select is refused, naming the case).
// (In place, in a function literal, the interpreter sent another value:
// case ch <- g() + 1 sent 1.)
func (p *callOrder) selectCases(st *ast.SelectStmt, parent ast.Node) {
	var pres []string
	effect := false // a call in a case before
	for _, c := range st.Body.List {
		var xs []ast.Expr
		switch c := c.(*ast.CommClause).Comm.(type) {
		case *ast.SendStmt:
			xs = []ast.Expr{c.Chan, c.Value}
		case *ast.ExprStmt:
			if u, ok := ast.Unparen(c.X).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				xs = []ast.Expr{u.X}
			}
		case *ast.AssignStmt:
			if u, ok := ast.Unparen(c.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				xs = []ast.Expr{u.X}
			}
		}
		for _, x := range xs {
			if pre := p.scope([]ast.Expr{x}, true); len(pre) > 0 {
				if effect {
					p.refuse(x, "a select case that reads an operand before a call, after a case that makes a call")
					return
				}
				pres = append(pres, pre...)
			}
			ast.Inspect(x, func(m ast.Node) bool {
				if _, lit := m.(*ast.FuncLit); lit {
					return false
				}
				if e, ok := m.(ast.Expr); ok && p.effectful(e) {
					effect = true
				}
				return true
			})
		}
	}
	if len(pres) == 0 {
		return
	}
	from := st.Pos()
	if l, ok := parent.(*ast.LabeledStmt); ok {
		from = l.Pos()
	}
	p.edit(from, from, "{ "+strings.Join(pres, "; ")+"; ")
	p.edit(st.End(), st.End(), " }")
}

// headerOf reports whether st is the init or post statement of the
// statement parent.
func headerOf(st ast.Stmt, parent ast.Node) (ast.Stmt, bool) {
	switch h := parent.(type) {
	case *ast.IfStmt:
		return h, h.Init == st
	case *ast.SwitchStmt:
		return h, h.Init == st
	case *ast.TypeSwitchStmt:
		return h, h.Init == st || h.Assign == st
	case *ast.ForStmt:
		return h, h.Init == st || h.Post == st
	case *ast.CommClause:
		return h, h.Comm == st
	}
	return nil, false
}

// defines reports whether st declares names in its block.
func defines(st ast.Stmt) bool {
	switch st := st.(type) {
	case *ast.AssignStmt:
		return st.Tok == token.DEFINE
	case *ast.DeclStmt:
		return true
	}
	return false
}

// header lowers the init statement and the operand x of an if, switch
// or for statement: their temporaries go into a block around the
// statement (before the label of a labelled one). The init of an if or a
// switch moves into the block, before the operand's temporaries (its
// names keep their scope: the statement); a loop's stays in the loop.
func (p *callOrder) header(st ast.Stmt, parent ast.Node, init ast.Stmt, x ast.Expr, keyword string, body token.Pos) {
	var initPre, pre []string
	if init != nil {
		var ok bool
		if initPre, ok = p.simple(init); !ok {
			return
		}
	}
	if x != nil {
		pre = p.scope([]ast.Expr{x}, true)
	}
	if len(initPre) == 0 && len(pre) == 0 {
		return
	}
	from := st.Pos()
	if l, ok := parent.(*ast.LabeledStmt); ok {
		from = l.Pos()
	}
	var b strings.Builder
	b.WriteString("{ ")
	for _, s := range initPre {
		b.WriteString(s + "; ")
	}
	if keyword == "" || init == nil {
		// A loop, or no init: the statement's header as it is.
		for _, s := range pre {
			b.WriteString(s + "; ")
		}
		b.WriteString(p.source(from, body))
	} else {
		b.WriteString(p.source(init.Pos(), init.End()) + "; ")
		for _, s := range pre {
			b.WriteString(s + "; ")
		}
		b.WriteString(p.source(from, st.Pos()) + keyword + " ")
		if x != nil {
			if ts, ok := st.(*ast.TypeSwitchStmt); ok {
				b.WriteString(p.source(ts.Assign.Pos(), body))
			} else {
				b.WriteString(p.source(x.Pos(), body))
			}
		} else if ts, ok := st.(*ast.TypeSwitchStmt); ok {
			b.WriteString(p.source(ts.Assign.Pos(), body))
		}
	}
	p.edit(from, body, b.String())
	p.edit(st.End(), st.End(), " }")
}

// simple returns the temporaries of a simple statement (or a return, go
// or defer statement) in gc's order, and whether st is one.
func (p *callOrder) simple(st ast.Stmt) ([]string, bool) {
	switch st := st.(type) {
	case *ast.ExprStmt:
		return p.scope([]ast.Expr{st.X}, true), true
	case *ast.AssignStmt:
		if len(st.Rhs) == 1 && len(st.Lhs) > 1 {
			return p.scope([]ast.Expr{st.Rhs[0]}, true), true // a, b = f(x, g()), v, ok = m[k]
		}
		return p.scope(st.Rhs, len(st.Rhs) == 1), true
	case *ast.ReturnStmt:
		return p.scope(st.Results, len(st.Results) == 1), true
	case *ast.DeclStmt:
		gd, ok := st.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			return nil, true
		}
		var pre []string
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			pre = append(pre, p.scope(vs.Values, len(vs.Values) == 1)...)
		}
		return pre, true
	case *ast.SendStmt:
		return p.scope([]ast.Expr{st.Chan, st.Value}, false), true
	case *ast.GoStmt:
		return p.scope([]ast.Expr{st.Call}, true), true
	case *ast.DeferStmt:
		return p.scope([]ast.Expr{st.Call}, true), true
	case *ast.IncDecStmt:
		return nil, true
	}
	return nil, false
}

// An orderNode is an operand of a scope in gc's evaluation order.
type orderNode struct {
	x       ast.Expr
	parent  *orderNode
	seq     int  // in post-order: children before their parent
	copied  bool // gc evaluates it into a temporary at its place
	effect  bool // a call or a receive: it may change other operands
	volatil bool // a call may change it, or it may panic
	panics  bool // its evaluation may panic (an index, a slice, a nil pointer…)
	anchor  bool // its operands are read when it is evaluated
	unsure  bool // converted to an interface: copied or not by the type argument
	scope   bool // a scope of its own (conditional: the right of &&)
	kids    []*orderNode
}

// scope returns the temporaries that put the operands roots (of one
// statement, or one conditional part) in gc's order, with the edits that
// replace the operands moved; none when the interpreter's order is gc's.
// A single root that is a call is the statement's own (exempt).
func (p *callOrder) scope(roots []ast.Expr, exempt bool) []string {
	top := &orderNode{anchor: true, scope: true}
	seq := 0
	for _, r := range roots {
		if r == nil {
			continue
		}
		n := p.tree(r, top, &seq)
		if exempt && len(roots) == 1 {
			n.copied, n.anchor = false, false
		}
	}
	top.seq = seq
	return p.lower(top)
}

// tree builds x's nodes in evaluation order under parent.
func (p *callOrder) tree(x ast.Expr, parent *orderNode, seq *int) *orderNode {
	n := &orderNode{x: x, parent: parent}
	parent.kids = append(parent.kids, n)
	kid := func(y ast.Expr) *orderNode {
		if y == nil {
			return nil
		}
		return p.tree(y, n, seq)
	}
	info := p.info
	constant := func(y ast.Expr) bool {
		tv, ok := info.Types[y]
		return ok && tv.Value != nil
	}
	if tv, ok := info.Types[x]; ok && (tv.Value != nil || tv.IsType()) {
		*seq++
		n.seq = *seq
		return n
	}
	switch y := x.(type) {
	case *ast.ParenExpr:
		kid(y.X)
	case *ast.Ident:
		if v, ok := info.Uses[y].(*types.Var); ok {
			n.volatil = p.unsafe[v] || v.Parent() == nil || v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
		}
	case *ast.BasicLit, *ast.FuncLit:
	case *ast.CompositeLit:
		if mt, isMap := under(info.TypeOf(y)).(*types.Map); isMap {
			// gc stores a map literal's entries one by one where the
			// literal stands, each in its own order: m[k] = v, k read
			// after v's calls.
			n.copied, n.anchor = true, true
			p.mapLiteral(y, mt, n)
			break
		}
		for _, e := range y.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if _, isStruct := under(info.TypeOf(y)).(*types.Struct); !isStruct {
					kid(kv.Key)
				}
				kid(kv.Value)
			} else {
				kid(e)
			}
		}
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[y]; ok {
			kid(y.X)
			if sel.Kind() == types.FieldVal && sel.Indirect() {
				n.volatil, n.panics = true, true
			}
		} else if v, ok := info.Uses[y.Sel].(*types.Var); ok && v != nil {
			n.volatil = true // a package's variable
		}
	case *ast.IndexExpr:
		if _, ok := under(info.TypeOf(y.X)).(*types.Signature); ok {
			break // a generic function's instance
		}
		kid(y.X)
		kid(y.Index)
		n.volatil = true
		if _, isMap := under(info.TypeOf(y.X)).(*types.Map); !isMap {
			n.panics = true
		}
	case *ast.IndexListExpr:
	case *ast.SliceExpr:
		kid(y.X)
		kid(y.Low)
		kid(y.High)
		kid(y.Max)
		n.copied, n.anchor, n.panics = true, true, true
	case *ast.StarExpr:
		kid(y.X)
		n.volatil, n.panics = true, true
	case *ast.UnaryExpr:
		kid(y.X)
		if y.Op == token.ARROW {
			n.copied, n.anchor, n.effect = true, true, true
		}
	case *ast.BinaryExpr:
		if y.Op == token.LAND || y.Op == token.LOR {
			// r = L; if r { r = R }: L is read where the operator
			// stands, R after it, conditionally.
			l := kid(y.X)
			l.anchor = true
			r := kid(y.Y)
			r.anchor, r.scope = true, true
			n.copied, n.anchor = true, true
			break
		}
		kid(y.X)
		kid(y.Y)
		if (y.Op == token.QUO || y.Op == token.REM) && !constant(y.Y) {
			if t, ok := under(info.TypeOf(y)).(*types.Basic); ok && t.Info()&types.IsInteger != 0 {
				n.volatil, n.panics = true, true
			}
		}
		if (y.Op == token.SHL || y.Op == token.SHR) && !constant(y.Y) {
			n.volatil, n.panics = true, true
		}
	case *ast.KeyValueExpr:
		kid(y.Key)
		kid(y.Value)
	case *ast.TypeAssertExpr:
		kid(y.X)
		if y.Type != nil {
			n.panics = true
			if directIface(info.TypeOf(y.Type)) {
				n.volatil = true
			} else {
				n.copied, n.anchor = true, true
			}
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[y.Fun]; ok && tv.IsType() {
			for _, a := range y.Args {
				kid(a)
			}
			t := under(tv.Type)
			if s, ok := t.(*types.Slice); ok && isStringType(info.TypeOf(y.Args[0])) {
				if b, ok := under(s.Elem()).(*types.Basic); ok && (b.Kind() == types.Byte || b.Kind() == types.Rune) {
					n.copied, n.anchor = true, true
				}
			}
			if _, ok := t.(*types.Interface); ok && len(y.Args) == 1 && p.byAddress(y.Args[0]) {
				n.copied, n.anchor = true, true
			}
			if _, ok := t.(*types.Array); ok {
				n.volatil, n.panics = true, true // from a slice: may panic
			}
			if pt, ok := t.(*types.Pointer); ok {
				if _, ok := under(pt.Elem()).(*types.Array); ok {
					n.volatil, n.panics = true, true
				}
			}
			break
		}
		if id, ok := ast.Unparen(y.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok {
				for _, a := range y.Args {
					kid(a)
				}
				switch b.Name() {
				case "append", "copy", "recover":
					n.copied, n.anchor, n.effect = true, true, true
				case "len", "cap", "make", "new", "min", "max", "complex", "real", "imag":
					n.copied, n.anchor = true, true
				default:
					n.effect = true // panic, print, delete, close, clear: statements
				}
				break
			}
		}
		if sel, ok := ast.Unparen(y.Fun).(*ast.SelectorExpr); ok {
			if _, isPkg := info.Uses[identOf(sel.X)].(*types.PkgName); isPkg {
				// A package's function: nothing to read before it.
			} else {
				kid(y.Fun)
			}
		} else {
			kid(y.Fun)
		}
		for _, a := range y.Args {
			kid(a)
		}
		n.copied, n.anchor, n.effect = true, true, true
		if _, tuple := info.TypeOf(y).(*types.Tuple); tuple {
			n.copied = false // f(g()): stays the only argument
		}
		if t := info.TypeOf(y); t == nil {
			n.copied = false
		} else if tup, ok := t.(*types.Tuple); ok && tup.Len() == 0 {
			n.copied = false
		}
	default:
		n.volatil = true // not expected: read where it stands
	}
	if p.iface[x] && !n.copied && p.byAddress(x) {
		n.copied, n.anchor = true, true
	}
	if p.iface[x] && !n.copied && n.volatil && p.containsTypeParam(info.TypeOf(x)) && !p.addressable(x) {
		// gc copies it or not by the type argument's shape.
		n.unsure = true
	}
	*seq++
	n.seq = *seq
	return n
}

func identOf(x ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(x).(*ast.Ident)
	return id
}

func isStringType(t types.Type) bool {
	b, ok := under(t).(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// mapLiteral lowers the map literal y, when one of its entries needs
// gc's order, to a function literal that makes the map with the entries
// of constants (gc stores them first) and then stores the others one by
// one, each after its temporaries:
//
//	map[int]int{x: f()}   →   func() map[int]int { __cm1 := map[int]int{}; __co1 := f(); __cm1[x] = __co1; return __cm1 }()
func (p *callOrder) mapLiteral(y *ast.CompositeLit, mt *types.Map, n *orderNode) {
	constant := func(x ast.Expr) bool {
		tv, ok := p.info.Types[x]
		return ok && tv.Value != nil
	}
	pres := make([][]string, len(y.Elts))
	lowered := false
	read := false // an entry before this one reads an operand
	for k, e := range y.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		pres[k] = p.scope([]ast.Expr{kv.Key, kv.Value}, false)
		lowered = lowered || len(pres[k]) > 0
		effect := false
		ast.Inspect(kv, func(m ast.Node) bool {
			if _, lit := m.(*ast.FuncLit); lit {
				return false
			}
			if e, ok := m.(ast.Expr); ok && p.effectful(e) {
				effect = true
			}
			return !effect
		})
		// gc stores the entries one by one: an entry's calls come after
		// the earlier entries' reads (map[int]int{1: x, 2: g()} with g
		// changing x holds x's value before g), where the interpreter
		// made every call of the literal first.
		lowered = lowered || effect && read
		read = read || p.readsVolatile(kv.Key) || p.readsVolatile(kv.Value)
		n.effect = n.effect || effect
	}
	if !lowered {
		return
	}
	typ, ok := p.typeName(p.info.TypeOf(y))
	if !ok {
		p.refuse(y, "a map literal whose entry reads an operand before a call")
		return
	}
	// An element's type elided in the literal is written out.
	elided := func(x ast.Expr, t types.Type) (string, bool) {
		text := p.source(x.Pos(), x.End())
		cl, ok := x.(*ast.CompositeLit)
		if !ok || cl.Type != nil {
			return text, true
		}
		if pt, ok := t.(*types.Pointer); ok {
			name, ok := p.typeName(pt.Elem())
			return "&" + name + text, ok
		}
		name, ok := p.typeName(t)
		return name + text, ok
	}
	p.n++
	m := fmt.Sprintf("__cm%d", p.n)
	var statics, stores []string
	for k, e := range y.Elts {
		kv := e.(*ast.KeyValueExpr)
		if constant(kv.Key) && constant(kv.Value) {
			statics = append(statics, p.source(kv.Pos(), kv.End()))
			continue
		}
		key, ok1 := elided(kv.Key, mt.Key())
		value, ok2 := elided(kv.Value, mt.Elem())
		if !ok1 || !ok2 {
			p.refuse(y, "a map literal whose entry reads an operand before a call")
			return
		}
		stores = append(stores, pres[k]...)
		stores = append(stores, m+"["+key+"] = "+value)
	}
	p.edit(y.Pos(), y.End(), "func() "+typ+" { "+m+" := "+typ+"{"+strings.Join(statics, ", ")+"}; "+strings.Join(stores, "; ")+"; return "+m+" }()")
}

// readsVolatile reports whether evaluating x reads what a call may
// change or may panic: a variable of the package, or one a closure or a
// pointer reaches, an element, a pointed-to value, a field through a
// pointer, a division.
func (p *callOrder) readsVolatile(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if v, ok := p.info.Uses[n].(*types.Var); ok {
				found = p.unsafe[v] || v.Parent() == nil || v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
			}
		case *ast.StarExpr, *ast.IndexExpr, *ast.SliceExpr, *ast.TypeAssertExpr:
			found = true
		case *ast.SelectorExpr:
			if sel, ok := p.info.Selections[n]; ok && sel.Kind() == types.FieldVal && sel.Indirect() {
				found = true
			}
		case *ast.BinaryExpr:
			found = n.Op == token.QUO || n.Op == token.REM
		}
		return !found
	})
	return found
}

// effectful reports whether x is a call (not a conversion nor a pure
// builtin) or a receive.
func (p *callOrder) effectful(x ast.Expr) bool {
	switch y := x.(type) {
	case *ast.UnaryExpr:
		return y.Op == token.ARROW
	case *ast.CallExpr:
		if tv, ok := p.info.Types[y.Fun]; ok && tv.IsType() {
			return false
		}
		if id, ok := ast.Unparen(y.Fun).(*ast.Ident); ok {
			if b, ok := p.info.Uses[id].(*types.Builtin); ok {
				switch b.Name() {
				case "len", "cap", "make", "new", "min", "max", "complex", "real", "imag":
					return false
				}
			}
		}
		return true
	}
	return false
}

// lower decides whether the scope top needs gc's order and, when it
// does, returns the temporaries and adds the edits; the scopes inside it
// (the right of && and ||) are lowered in place on their own first.
func (p *callOrder) lower(top *orderNode) []string {
	var nested func(n *orderNode)
	nested = func(n *orderNode) {
		for _, k := range n.kids {
			nested(k)
		}
		if n.scope && n != top {
			p.lowerConditional(n)
		}
	}
	nested(top)
	if !p.needsOrder(top) {
		return nil
	}
	var unsure func(n *orderNode) *orderNode
	unsure = func(n *orderNode) *orderNode {
		if n.unsure {
			return n
		}
		for _, k := range n.kids {
			if u := unsure(k); u != nil {
				return u
			}
		}
		return nil
	}
	if u := unsure(top); u != nil {
		p.refuse(u.x, "a value of a type parameter's type converted to an interface, read before a call")
		return nil
	}
	return p.hoist(top)
}

// hoist moves the nodes gc copies under root (not root itself, nor the
// scopes inside it) into temporaries, in order.
func (p *callOrder) hoist(root *orderNode) []string {
	var pre []string
	var walk func(n *orderNode)
	walk = func(n *orderNode) {
		if n.scope && n != root {
			return // lowered in place (lowerConditional)
		}
		for _, k := range n.kids {
			walk(k)
		}
		if n == root || !n.copied || n.x == nil {
			return
		}
		p.n++
		name := fmt.Sprintf("__co%d", p.n)
		pre = append(pre, name+" := "+p.source(n.x.Pos(), n.x.End()))
		p.edit(n.x.Pos(), n.x.End(), name)
	}
	walk(root)
	return pre
}

// lowerConditional lowers the right operand n of && or || that needs
// gc's order on its own, into a function literal that computes it:
// gc evaluates it only when the left one does not decide.
func (p *callOrder) lowerConditional(n *orderNode) {
	if !p.needsOrder(n) {
		return
	}
	pre := p.hoist(n)
	if len(pre) == 0 {
		return
	}
	if !p.inPlace(n.x, pre, "the right operand of && or || that reads an operand before a call") {
		return
	}
	// Lowered: to the scope above it is one call.
	n.kids = nil
	n.volatil = false
	n.effect = true
}

// inPlace replaces x, whose temporaries are pre, by a function literal
// that computes them and returns it; false, refusing it as what, when its
// type has no name in the text.
func (p *callOrder) inPlace(x ast.Expr, pre []string, what string) bool {
	typ := "bool"
	if t := p.info.TypeOf(x); !isUntypedBool(t) {
		var ok bool
		if typ, ok = p.typeName(t); !ok {
			p.refuse(x, what)
			return false
		}
	}
	text := p.source(x.Pos(), x.End())
	p.edit(x.Pos(), x.End(), "func() "+typ+" { "+strings.Join(pre, "; ")+"; return "+text+" }()")
	return true
}

func isUntypedBool(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// needsOrder reports whether under top an operand that may change or
// panic is read by the interpreter before a call that gc makes before
// reading it, or (one that may panic) before another operand that may
// panic and that gc evaluates first (a slice expression, a type
// assertion: fmt.Println(a[i], s[:j]) panics on the slice under gc): one
// after it in the text, inside the node whose evaluation reads it (its
// anchor), and not one it is an operand of.
func (p *callOrder) needsOrder(top *orderNode) bool {
	var all []*orderNode
	var walk func(n *orderNode)
	walk = func(n *orderNode) {
		for _, k := range n.kids {
			walk(k)
		}
		all = append(all, n)
	}
	walk(top)
	inside := func(n, a *orderNode) bool {
		for m := n; m != nil; m = m.parent {
			if m == a {
				return true
			}
		}
		return false
	}
	for _, v := range all {
		if !v.volatil || v.copied || v == top {
			continue
		}
		a := v.parent
		for a != top && !a.anchor {
			a = a.parent
		}
		for _, e := range all {
			// A call after v, or an operand gc evaluates first that
			// may panic, as v may: which panic comes first.
			first := e.effect || e.copied && e.panics && v.panics
			if !first || e.seq <= v.seq || e == a || !inside(e, a) || inside(v, e) {
				continue
			}
			if !e.copied && !e.scope {
				continue // the statement's own call, made last; f(g()) (left alone)
			}
			return true
		}
	}
	return false
}

// byAddress reports whether gc copies x into a temporary where it stands
// when it converts it to an interface: its type is passed to the runtime
// by address (not a 2, 4 or 8-byte value without pointers, a string or a
// slice) and x is not addressable.
func (p *callOrder) byAddress(x ast.Expr) bool {
	tv, ok := p.info.Types[x]
	if !ok || tv.Value != nil || tv.Type == nil || tv.IsNil() {
		return false
	}
	t := tv.Type
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	if types.IsInterface(t) || p.containsTypeParam(t) {
		return false
	}
	if !p.needsAddr(t) {
		return false
	}
	return !p.addressable(x)
}

func (p *callOrder) containsTypeParam(t types.Type) bool {
	if t == nil {
		return false
	}
	found := false
	var visit func(t types.Type, depth int)
	visit = func(t types.Type, depth int) {
		if found || depth > 8 {
			return
		}
		switch t := t.(type) {
		case *types.TypeParam:
			found = true
		case *types.Named:
			if args := t.TypeArgs(); args != nil {
				for i := 0; i < args.Len(); i++ {
					visit(args.At(i), depth+1)
				}
			}
			// A type declared in a generic function: struct{ v T }.
			visit(t.Underlying(), depth+1)
		case *types.Pointer:
			visit(t.Elem(), depth+1)
		case *types.Slice:
			visit(t.Elem(), depth+1)
		case *types.Array:
			visit(t.Elem(), depth+1)
		case *types.Map:
			visit(t.Key(), depth+1)
			visit(t.Elem(), depth+1)
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				visit(t.Field(i).Type(), depth+1)
			}
		}
	}
	visit(t, 0)
	return found
}

// needsAddr is cmd/compile's dataWordFuncName's answer for t: whether
// its conversion to an interface takes the value's address.
func (p *callOrder) needsAddr(t types.Type) (addr bool) {
	defer func() {
		if recover() != nil {
			addr = true // no size known (go/types asserts): copied
		}
	}()
	size, align := p.sizes.Sizeof(t), p.sizes.Alignof(t)
	ptrs := hasPointers(t)
	switch {
	case size == 2 && align == 2:
		return false
	case size == 4 && align == 4 && !ptrs:
		return false
	case size == 8 && align == 8 && !ptrs:
		return false
	}
	if sc := soleComponent(t); sc != nil {
		switch under(sc).(type) {
		case *types.Slice:
			return false
		case *types.Basic:
			if isStringType(sc) {
				return false
			}
		}
	}
	return true
}

// soleComponent is t's only component (through structs of one field and
// arrays of one element), or t.
func soleComponent(t types.Type) types.Type {
	for {
		switch u := under(t).(type) {
		case *types.Struct:
			if u.NumFields() != 1 {
				return t
			}
			t = u.Field(0).Type()
		case *types.Array:
			if u.Len() != 1 {
				return t
			}
			t = u.Elem()
		default:
			return t
		}
	}
}

func hasPointers(t types.Type) bool {
	switch u := under(t).(type) {
	case *types.Basic:
		return u.Kind() == types.String || u.Kind() == types.UnsafePointer
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	}
	return true
}

// directIface reports whether values of t are stored directly in an
// interface's data word (pointer-shaped), where an assertion to t needs
// no temporary.
func directIface(t types.Type) bool {
	switch u := under(t).(type) {
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	case *types.Struct:
		return u.NumFields() == 1 && directIface(u.Field(0).Type())
	case *types.Array:
		return u.Len() == 1 && directIface(u.Elem())
	}
	return false
}

// addressable reports whether x is addressable for gc's purposes.
func (p *callOrder) addressable(x ast.Expr) bool {
	switch y := ast.Unparen(x).(type) {
	case *ast.Ident:
		_, ok := p.info.Uses[y].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		sel, ok := p.info.Selections[y]
		if !ok {
			_, isVar := p.info.Uses[y.Sel].(*types.Var)
			return isVar
		}
		if sel.Kind() != types.FieldVal {
			return false
		}
		return sel.Indirect() || p.addressable(y.X)
	case *ast.IndexExpr:
		switch u := under(p.info.TypeOf(y.X)).(type) {
		case *types.Slice, *types.Pointer:
			return true
		case *types.Array:
			_ = u
			return p.addressable(y.X)
		}
		return false
	case *ast.StarExpr:
		return true
	}
	return false
}

// ifaceContexts marks f's operands that are converted to an interface
// type where they stand: arguments, assigned and returned values,
// composite literals' elements, sent values.
func (p *callOrder) ifaceContexts(f *ast.File) {
	info := p.info
	// A type parameter's underlying type is its constraint's interface.
	isIface := func(t types.Type) bool {
		_, param := t.(*types.TypeParam)
		return types.IsInterface(t) && !param
	}
	mark := func(x ast.Expr, t types.Type) {
		if x == nil || t == nil || !isIface(t) {
			return
		}
		if xt := info.TypeOf(x); xt != nil && !isIface(xt) {
			p.iface[x] = true
		}
	}
	var results []*types.Tuple
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return false
			}
			if obj, ok := info.Defs[n.Name].(*types.Func); ok {
				results = append(results, obj.Type().(*types.Signature).Results())
				ast.Inspect(n.Body, visit)
				results = results[:len(results)-1]
			}
			return false
		case *ast.FuncLit:
			if sig, ok := info.TypeOf(n).(*types.Signature); ok {
				results = append(results, sig.Results())
				ast.Inspect(n.Body, visit)
				results = results[:len(results)-1]
			}
			return false
		case *ast.ReturnStmt:
			if len(results) > 0 {
				res := results[len(results)-1]
				if res != nil && res.Len() == len(n.Results) {
					for k, r := range n.Results {
						mark(r, res.At(k).Type())
					}
				}
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				break
			}
			sig, ok := under(info.TypeOf(n.Fun)).(*types.Signature)
			if !ok {
				break
			}
			params := sig.Params()
			for k, a := range n.Args {
				switch {
				case sig.Variadic() && k >= params.Len()-1 && !n.Ellipsis.IsValid():
					if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
						mark(a, s.Elem())
					}
				case k < params.Len():
					mark(a, params.At(k).Type())
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for k, l := range n.Lhs {
					mark(n.Rhs[k], info.TypeOf(l))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, v := range n.Values {
					mark(v, info.TypeOf(n.Type))
				}
			}
		case *ast.SendStmt:
			if c, ok := under(info.TypeOf(n.Chan)).(*types.Chan); ok {
				mark(n.Value, c.Elem())
			}
		case *ast.CompositeLit:
			switch t := under(info.TypeOf(n)).(type) {
			case *types.Slice:
				p.markElts(n, t.Elem(), mark)
			case *types.Array:
				p.markElts(n, t.Elem(), mark)
			case *types.Map:
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						mark(kv.Key, t.Key())
						mark(kv.Value, t.Elem())
					}
				}
			case *types.Struct:
				for k, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if v, ok := info.Uses[id].(*types.Var); ok {
								mark(kv.Value, v.Type())
							}
						}
					} else if k < t.NumFields() {
						mark(e, t.Field(k).Type())
					}
				}
			}
		}
		return true
	}
	inspect(f, visit)
}

func (p *callOrder) markElts(n *ast.CompositeLit, elem types.Type, mark func(ast.Expr, types.Type)) {
	for _, e := range n.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		mark(e, elem)
	}
}
