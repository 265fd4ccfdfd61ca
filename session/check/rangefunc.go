package check

// This file lowers range over a function (Go 1.23), which the interpreter
// (yaegi v0.16.1) cannot compile: the loop becomes a call of the iterator
// with the loop body as its yield function, as Go's compiler does.
//
//	for k, v := range seq {        { __rf1Done := false; seq(func(k K, v V) bool {
//	    if k == "" { continue }        if __rf1Done { panic("…") }; __rf1Done = true; {
//	    if v > 9 { break }                 if k == "" { { __rf1Done = false; return true } }
//	    if v < 0 { return v }              if v > 9 { return false }
//	    use(k, v)                          if v < 0 { { __rf1R0 = v; __rf1Ret = true; return false } }
//	}                                      use(k, v)
//	                                   }; __rf1Done = false; return true }); if __rf1Ret { return __rf1R0 } }
//
// Break and continue of an enclosing loop (by label) and return from the
// enclosing function cross the yield functions through shared variables,
// declared before the outermost lowered loop of a function: a code (Ctl)
// that each level's code after its call tests, and the results (R0…) with
// a flag (Ret). An iterator that calls yield again after the body said
// stop panics, as in Go. A defer or goto in the body is refused (a defer
// would run when the yield function returns, not with the enclosing
// function).

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// RangeFunc lowers every range over a function of f (see above). It
// returns the first loop it cannot lower, with a message, or the spans.
func RangeFunc(f *ast.File, info *types.Info, where string, typeName func(types.Type) (string, bool)) (ast.Node, string, []Span) {
	r := &rangeFuncs{info: info, where: where, typeName: typeName, labels: map[string]*labelInfo{}}
	r.find(f)
	for _, l := range r.loops {
		r.jumps(l)
		if r.at != nil {
			return r.at, r.msg, nil
		}
	}
	for _, l := range r.loops {
		r.emit(l)
		if r.at != nil {
			return r.at, r.msg, nil
		}
	}
	return nil, "", r.spans
}

type rangeFuncs struct {
	info     *types.Info
	where    string
	typeName func(types.Type) (string, bool)
	loops    []*rfLoop // outermost first
	labels   map[string]*labelInfo
	spans    []Span
	ids      int
	at       ast.Node
	msg      string
}

// labelInfo is a labelled statement: the lowered loop it is (loop) or
// the lowered loop whose body holds it (in; nil at function level).
type labelInfo struct {
	stmt *ast.LabeledStmt
	loop *rfLoop
	in   *rfLoop
}

type rfLoop struct {
	rs     *ast.RangeStmt
	label  *ast.LabeledStmt
	parent *rfLoop // the lowered loop whose body holds this one, same function
	root   *rfLoop
	fn     ast.Node // the enclosing *ast.FuncDecl or *ast.FuncLit
	id     int      // the root's: names of the shared variables
	own    int      // this loop's: its Done variable
	yield  *types.Signature
	after  []string // code after the call, in order
	// the root's shared state
	ctl, ret bool
}

func (r *rangeFuncs) refuse(n ast.Node, format string, args ...any) {
	if r.at == nil {
		r.at, r.msg = n, fmt.Sprintf(format, args...)
	}
}

// find collects the loops and labels, with their nesting.
func (r *rangeFuncs) find(f *ast.File) {
	type frame struct {
		fn    ast.Node
		loops []*rfLoop
	}
	var frames []*frame
	var stack []ast.Node
	inspect(f, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch top := top.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				frames = frames[:len(frames)-1]
			case *ast.RangeStmt:
				if fr := frames; len(fr) > 0 {
					cur := fr[len(fr)-1]
					if k := len(cur.loops); k > 0 && cur.loops[k-1].rs == top {
						cur.loops = cur.loops[:k-1]
					}
				}
			}
			return true
		}
		parent := ast.Node(nil)
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			frames = append(frames, &frame{fn: n})
		case *ast.LabeledStmt:
			li := &labelInfo{stmt: n}
			if len(frames) > 0 {
				if cur := frames[len(frames)-1]; len(cur.loops) > 0 {
					li.in = cur.loops[len(cur.loops)-1]
				}
			}
			r.labels[n.Label.Name+fmt.Sprint(n.Pos())] = li
		case *ast.RangeStmt:
			sig, ok := under(r.info.TypeOf(n.X)).(*types.Signature)
			if !ok || len(frames) == 0 {
				return true
			}
			cur := frames[len(frames)-1]
			l := &rfLoop{rs: n, fn: cur.fn}
			if sig.Params().Len() == 1 {
				l.yield, _ = under(sig.Params().At(0).Type()).(*types.Signature)
			}
			if ls, ok := parent.(*ast.LabeledStmt); ok {
				l.label = ls
				r.labels[ls.Label.Name+fmt.Sprint(ls.Pos())].loop = l
				r.labels[ls.Label.Name+fmt.Sprint(ls.Pos())].in = nil
				if k := len(cur.loops); k > 0 {
					r.labels[ls.Label.Name+fmt.Sprint(ls.Pos())].in = cur.loops[k-1]
				}
			}
			if k := len(cur.loops); k > 0 {
				l.parent = cur.loops[k-1]
				l.root = l.parent.root
			} else {
				l.root = l
				r.ids++
				l.id = r.ids
			}
			r.ids++
			l.own = r.ids
			cur.loops = append(cur.loops, l)
			r.loops = append(r.loops, l)
		}
		return true
	})
}

// label finds the labelled statement a branch names, by scope: the
// nearest enclosing one of that name.
func (r *rangeFuncs) label(name string, at token.Pos) *labelInfo {
	var best *labelInfo
	for _, li := range r.labels {
		if li.stmt.Label.Name == name && li.stmt.Pos() <= at && at < li.stmt.End() {
			if best == nil || li.stmt.Pos() > best.stmt.Pos() {
				best = li
			}
		}
	}
	return best
}

func (r *rangeFuncs) name(l *rfLoop, what string) string {
	return fmt.Sprintf("__rf%d%s", l.root.id, what)
}

// jumps lowers the branches and returns of l's body that leave it.
func (r *rangeFuncs) jumps(l *rfLoop) {
	done := fmt.Sprintf("__rf%dDone", l.own)
	// walk visits n; inLoop/inBreakable: an unlabeled continue/break there
	// belongs to a statement inside the body.
	var walk func(n ast.Node, inLoop, inBreakable bool)
	walk = func(n ast.Node, inLoop, inBreakable bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			if r.at != nil {
				return false
			}
			if x == n {
				return true
			}
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.RangeStmt:
				if r.isLoop(x) {
					return false // lowered on its own
				}
				walk(x.Body, true, true)
				return false
			case *ast.ForStmt:
				walk(x.Body, true, true)
				return false
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				walk(x, inLoop, true)
				return false
			case *ast.DeferStmt:
				r.refuse(x, "defer inside a range over a function: the interpreter runs such loops as calls of the iterator, where the deferred call would run at the end of each iteration; move the defer before the loop")
				return false
			case *ast.BranchStmt:
				r.branch(l, x, inLoop, inBreakable, done)
				return false
			case *ast.ReturnStmt:
				r.ret(l, x)
				return true
			}
			return true
		})
	}
	walk(l.rs.Body, false, false)
}

// isLoop reports whether rs is a lowered loop.
func (r *rangeFuncs) isLoop(rs *ast.RangeStmt) bool {
	for _, l := range r.loops {
		if l.rs == rs {
			return true
		}
	}
	return false
}

func (r *rangeFuncs) branch(l *rfLoop, b *ast.BranchStmt, inLoop, inBreakable bool, done string) {
	switch b.Tok {
	case token.GOTO:
		r.refuse(b, "goto inside a range over a function: the interpreter runs such loops as calls of the iterator; use break or continue with a label")
		return
	case token.FALLTHROUGH:
		return
	}
	var target *labelInfo
	if b.Label != nil {
		target = r.label(b.Label.Name, b.Pos())
		if target == nil {
			return
		}
		if target.stmt.Pos() >= l.rs.Body.Pos() && target.stmt.End() <= l.rs.Body.End() {
			return // a statement inside the body
		}
		if target.loop == l {
			target = nil // this loop, by name
		}
	} else if b.Tok == token.CONTINUE && inLoop || b.Tok == token.BREAK && inBreakable {
		return
	}
	if target == nil {
		if b.Tok == token.CONTINUE {
			r.spans = append(r.spans, Span{b.Pos(), b.End(), "{ " + done + " = false; return true }"})
		} else {
			r.spans = append(r.spans, Span{b.Pos(), b.End(), "return false"})
		}
		return
	}
	// A loop or statement outside this loop: through the code.
	l.root.ctl = true
	r.ids++
	code := r.ids
	ctl := r.name(l, "Ctl")
	r.spans = append(r.spans, Span{b.Pos(), b.End(), fmt.Sprintf("{ %s = %d; return false }", ctl, code)})
	for x := l; x != nil; x = x.parent {
		test := fmt.Sprintf("if %s == %d { ", ctl, code)
		switch {
		case target.loop != nil && x.parent == target.loop:
			if b.Tok == token.CONTINUE {
				x.after = append(x.after, test+fmt.Sprintf("%s = 0; __rf%dDone = false; return true }", ctl, target.loop.own))
			} else {
				x.after = append(x.after, test+"return false }")
				target.loop.after = append(target.loop.after, test+ctl+" = 0 }")
			}
			return
		case target.loop == nil && x.parent == target.in:
			x.after = append(x.after, test+fmt.Sprintf("%s = 0; %s %s }", ctl, b.Tok, b.Label.Name))
			return
		}
		x.after = append(x.after, test+"return false }")
	}
}

// ret lowers a return of the enclosing function from l's body.
func (r *rangeFuncs) ret(l *rfLoop, s *ast.ReturnStmt) {
	var sig *types.Signature
	switch fn := l.fn.(type) {
	case *ast.FuncDecl:
		if fn.Name.Name == "__cell" {
			// A bare return at a cell's top level ends the cell: the
			// loop stops as for a function's return (the iterator sees
			// yield give false and finishes), then __divergo.Return ends
			// the cell at the statement running (the session's
			// lowerTopReturns). The checker rejects a return with values.
			l.root.ret = true
			r.spans = append(r.spans, Span{s.Pos(), s.End(), "{ " + r.name(l, "Ret") + " = true; return false }"})
			return
		}
		if obj := r.info.Defs[fn.Name]; obj != nil {
			sig, _ = obj.Type().(*types.Signature)
		}
	case *ast.FuncLit:
		sig, _ = r.info.TypeOf(fn).(*types.Signature)
	}
	if sig == nil {
		r.refuse(s, "return inside a range over a function here: the interpreter cannot run it")
		return
	}
	l.root.ret = true
	res := sig.Results()
	var vars []string
	for i := 0; i < res.Len(); i++ {
		vars = append(vars, r.name(l, fmt.Sprintf("R%d", i)))
	}
	set := ""
	switch {
	case len(s.Results) > 0 && res.Len() == 1:
		r.spans = append(r.spans, Span{s.Pos(), s.Results[0].Pos(), "{ " + vars[0] + " = "},
			Span{s.End(), s.End(), "; " + r.name(l, "Ret") + " = true; return false }"})
		return
	case len(s.Results) == 1:
		// f() of several results: a tuple assignment.
		r.spans = append(r.spans, Span{s.Pos(), s.Results[0].Pos(), "{ " + strings.Join(vars, ", ") + " = "},
			Span{s.End(), s.End(), "; " + r.name(l, "Ret") + " = true; return false }"})
		return
	case len(s.Results) > 0:
		// Several results, one assignment each, in order: the
		// interpreter's assignment of a list holding a call zeroed the
		// values before it (return i, len(xs) gave 0, len(xs)), and an
		// untyped nil in the list panicked (reflect: New(nil)).
		r.spans = append(r.spans, Span{s.Pos(), s.Results[0].Pos(), "{ " + vars[0] + " = "})
		for k := 1; k < len(s.Results); k++ {
			r.spans = append(r.spans, Span{s.Results[k-1].End(), s.Results[k].Pos(), "; " + vars[k] + " = "})
		}
		r.spans = append(r.spans, Span{s.End(), s.End(), "; " + r.name(l, "Ret") + " = true; return false }"})
		return
	case res.Len() > 0: // named results
		var names []string
		for i := 0; i < res.Len(); i++ {
			if n := res.At(i).Name(); n == "" || n == "_" {
				r.refuse(s, "a bare return with a result named _ inside a range over a function: the interpreter cannot run it; name the result")
				return
			} else {
				names = append(names, n)
			}
		}
		set = strings.Join(vars, ", ") + " = " + strings.Join(names, ", ") + "; "
	}
	r.spans = append(r.spans, Span{s.Pos(), s.End(), "{ " + set + r.name(l, "Ret") + " = true; return false }"})
}

// emit writes l's header and end.
func (r *rangeFuncs) emit(l *rfLoop) {
	rs := l.rs
	if l.yield == nil || l.yield.Results().Len() != 1 {
		r.refuse(rs, "range over this function: the interpreter cannot run it")
		return
	}
	done := fmt.Sprintf("__rf%dDone", l.own)
	n := l.yield.Params().Len()
	vars := []ast.Expr{rs.Key, rs.Value}
	var params, assign []string
	for i := 0; i < n; i++ {
		t, ok := r.typeName(l.yield.Params().At(i).Type())
		if !ok {
			r.refuse(rs, "range over a function yielding %s, a type %s cannot name here", l.yield.Params().At(i).Type(), r.where)
			return
		}
		v := ast.Expr(nil)
		if i < 2 {
			v = vars[i]
		}
		switch {
		case v == nil || isBlank(v):
			params = append(params, "_ "+t)
		case rs.Tok == token.DEFINE:
			params = append(params, v.(*ast.Ident).Name+" "+t)
		default:
			p := fmt.Sprintf("__rf%dV%d", l.own, i)
			params = append(params, p+" "+t)
			assign = append(assign, types.ExprString(v)+" = "+p+"; ")
		}
	}
	head := "{ " + done + " := false; "
	if l.root == l {
		var decls []string
		if l.ctl {
			decls = append(decls, "var "+r.name(l, "Ctl")+" int")
		}
		if l.ret {
			decls = append(decls, "var "+r.name(l, "Ret")+" bool")
			sig := r.fnSig(l)
			for i := 0; sig != nil && i < sig.Results().Len(); i++ {
				t, ok := r.typeName(sig.Results().At(i).Type())
				if !ok {
					r.refuse(rs, "return of %s from a range over a function: a type %s cannot name here", sig.Results().At(i).Type(), r.where)
					return
				}
				decls = append(decls, fmt.Sprintf("var %s %s", r.name(l, fmt.Sprintf("R%d", i)), t))
			}
		}
		for _, d := range decls {
			head += d + "; "
		}
	}
	if l.label != nil {
		r.spans = append(r.spans, Span{l.label.Pos(), l.label.Colon + 1, ""})
	}
	// The iterator in parentheses only where it needs them: the
	// interpreter cannot call (f) of a declared function f.
	open, close := "", ""
	switch rs.X.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.FuncLit, *ast.ParenExpr:
	default:
		open, close = "(", ")"
	}
	r.spans = append(r.spans,
		Span{rs.For, rs.X.Pos(), head + open},
		Span{rs.X.End(), rs.Body.Lbrace + 1, close + "(func(" + strings.Join(params, ", ") + ") bool { if " + done +
			` { panic("runtime error: range function continued iteration after function for loop body returned false") }; ` + done + " = true; " + strings.Join(assign, "") + "{"})
	after := append([]string{}, l.after...)
	if l.root.ret {
		if l.root == l {
			sig := r.fnSig(l)
			var vals []string
			for i := 0; sig != nil && i < sig.Results().Len(); i++ {
				vals = append(vals, r.name(l, fmt.Sprintf("R%d", i)))
			}
			ret := "return " + strings.Join(vals, ", ")
			if fd, ok := l.fn.(*ast.FuncDecl); ok && fd.Name.Name == "__cell" {
				ret = "__divergo.Return(-1)"
			}
			after = append(after, "if "+r.name(l, "Ret")+" { "+ret+" }")
		} else {
			after = append(after, "if "+r.name(l, "Ret")+" { return false }")
		}
	}
	r.spans = append(r.spans, Span{rs.Body.Rbrace, rs.Body.Rbrace + 1,
		"}; " + done + " = false; return true }); " + strings.Join(after, "; ") + " }"})
}

func (r *rangeFuncs) fnSig(l *rfLoop) *types.Signature {
	switch fn := l.fn.(type) {
	case *ast.FuncDecl:
		if obj := r.info.Defs[fn.Name]; obj != nil {
			sig, _ := obj.Type().(*types.Signature)
			return sig
		}
	case *ast.FuncLit:
		sig, _ := r.info.TypeOf(fn).(*types.Signature)
		return sig
	}
	return nil
}
