package check

// This file holds the boundary pass's lowerings of closures: deferred
// function literals in loops and method values.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// deferInLoop lowers `defer func() { … }()` inside a loop when the
// function literal uses variables declared in the loop (its variables, or
// ones its body declares): the interpreter makes the closure when the
// deferred calls run, after the loop, so that every call saw the last
// iteration's values ([2 2 2] where Go gives [2 1 0]); and a closure made
// before (d := func(){…}; defer d()) hangs it. The variables become
// parameters of the literal, given at the defer, as Go's per-iteration
// variables mean:
//
//	defer func() { use(i) }()   →   defer func(i int) { use(i) }(i)
//
// When the loop or the literal assigns to such a variable after it is
// declared, passing its value would not be the same: refused.
func (b *boundary) deferInLoop(d *ast.DeferStmt, stack []ast.Node) {
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	if !ok {
		return
	}
	var loops []ast.Node // the enclosing loops of the same function
	for k := len(stack) - 2; k >= 0; k-- {
		switch n := stack[k].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			k = -1
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
		}
	}
	if len(loops) == 0 {
		return
	}
	outer := loops[len(loops)-1]
	var vars []*types.Var
	seen := map[types.Object]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := b.info.Uses[id].(*types.Var)
		if !ok || seen[v] || v.IsField() || v.Pos() < outer.Pos() || v.Pos() >= outer.End() || (v.Pos() >= lit.Pos() && v.Pos() < lit.End()) {
			return true
		}
		seen[v] = true
		vars = append(vars, v)
		return true
	})
	if len(vars) == 0 {
		return
	}
	sig, _ := b.info.TypeOf(lit).(*types.Signature)
	if sig == nil || sig.Variadic() || d.Call.Ellipsis.IsValid() {
		b.refuse(d, "a deferred variadic function literal that uses the loop's variables: the interpreter would run it with the last iteration's values; not supported")
		return
	}
	var params, args []string
	for _, v := range vars {
		if assignedAfter(outer, v, b.info) {
			b.refuse(d, "a deferred function literal that uses %s, a variable of the loop that is assigned after it is declared: the interpreter makes the closure when the deferred calls run, after the loop, and would see another value; pass %s as an argument of the deferred call",
				v.Name(), v.Name())
			return
		}
		t, ok := b.typeName(v.Type())
		if !ok {
			b.refuse(d, "a deferred function literal that uses %s, a variable of the loop of a type the cell cannot name: the interpreter would run it with the last iteration's value; pass %s as an argument", v.Name(), v.Name())
			return
		}
		params = append(params, v.Name()+" "+t)
		args = append(args, v.Name())
	}
	sep := ""
	if lit.Type.Params.NumFields() > 0 {
		sep = ", "
	}
	b.spans = append(b.spans, Span{lit.Type.Params.Closing, lit.Type.Params.Closing, sep + strings.Join(params, ", ")})
	sep = ""
	if len(d.Call.Args) > 0 {
		sep = ", "
	}
	b.spans = append(b.spans, Span{d.Call.Rparen, d.Call.Rparen, sep + strings.Join(args, ", ")})
}

// assignedAfter reports whether v is assigned (=, op=, ++, --, &v) within
// n other than by its declaration and a for loop's post statement.
func assignedAfter(n ast.Node, v *types.Var, info *types.Info) bool {
	found := false
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	var post ast.Stmt
	if f, ok := n.(*ast.ForStmt); ok {
		post = f.Post
	}
	ast.Inspect(n, func(m ast.Node) bool {
		if m != nil && m == post {
			return false
		}
		switch m := m.(type) {
		case *ast.AssignStmt:
			for _, l := range m.Lhs {
				if is(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = found || is(m.X)
		case *ast.UnaryExpr:
			found = found || (m.Op == token.AND && is(m.X))
		}
		return !found
	})
	return found
}

// methodValue lowers a method value (f := t.Get), whose receiver Go
// copies (or, for a pointer method, whose pointer Go takes) when the method
// value is made; the interpreter reads it when f is called (t.N = 2 after
// f := t.Get made f() see 2). The receiver is copied into a parameter of a
// function literal:
//
//	t.Get   →   func(__divergoR T) func() int { return __divergoR.Get }(t)
func (b *boundary) methodValue(sel *ast.SelectorExpr, stack []ast.Node) {
	if b.info.Selections == nil {
		return
	}
	s, ok := b.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return
	}
	if len(stack) >= 2 {
		if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && call.Fun == sel {
			return // a call: the receiver is read at once
		}
	}
	fn := s.Obj().(*types.Func)
	recv := fn.Type().(*types.Signature).Recv().Type()
	if types.IsInterface(recv) || types.IsInterface(s.Recv()) {
		return
	}
	if b.info.TypeOf(sel.X) == nil {
		return
	}
	// A promoted method is bound to the embedded field holding it: through
	// an embedded pointer, Go copies what it points to for a value method
	// (f := w.Val, then w.n = 33: f() is 3) or takes the pointer.
	rt, path, addressable, ok := EmbeddedReceiver(s, b.info.Types[sel.X].Addressable())
	if !ok || types.IsInterface(rt) {
		return
	}
	deref, closing := "", ")"
	if path != "" {
		deref, closing = "(", ")"+path+")"
	}
	if _, ptr := recv.(*types.Pointer); ptr {
		// A pointer receiver: Go binds the pointer when the method value
		// is made (r.Hello, then r = &R{…}, still greets the first; in a
		// loop, cs[i].Inc binds each element), the interpreter read the
		// variable when called.
		if programNamed(rt) == nil {
			return
		}
		if _, isPtr := rt.(*types.Pointer); !isPtr {
			if !addressable {
				return
			}
			rt = types.NewPointer(rt)
			deref, closing = "&("+deref, strings.TrimSuffix(closing, ")")+"))"
		}
	} else if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem() // Go copies *p
		deref, closing = "*("+deref, strings.TrimSuffix(closing, ")")+"))"
	}
	rname, ok1 := b.typeName(rt)
	sig := types.NewSignatureType(nil, nil, nil, fn.Type().(*types.Signature).Params(), fn.Type().(*types.Signature).Results(), fn.Type().(*types.Signature).Variadic())
	fname, ok2 := b.typeName(sig)
	if !ok1 || !ok2 {
		return
	}
	b.spans = append(b.spans,
		Span{sel.Pos(), sel.Pos(), "func(__divergoR " + rname + ") " + fname + " { return __divergoR." + sel.Sel.Name + " }(" + deref},
		Span{sel.X.End(), sel.End(), closing})
}
