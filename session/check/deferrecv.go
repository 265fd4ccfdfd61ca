package check

// This file makes `defer x.M()` and `go x.M()` read their receiver when the
// statement runs, as Go does. The interpreter (yaegi v0.16.1) reads it when
// the call runs, from a variable a loop reuses: `for _, f := range files {
// defer f.Close() }` closed the last file three times, `r := &R{"first"};
// defer r.Close(); r = &R{"second"}` closed the second, and `go w.Run()`
// in a loop ran the last worker each time, silently. The method becomes
// the body of a function literal whose parameter is the receiver; a
// deferred call's argument is copied through a new slice's element, which
// the interpreter keeps per execution:
//
//	defer f.Close()   →   defer func(r *F) { r.Close() }([]*F{f}[0])
//	go w.Run()        →   go func(r *W) { r.Run() }(w)
//
// Only methods of a program's type, not variadic; the receiver as the
// method takes it, as Go evaluates it at the statement: the
// address of a variable for a pointer method (t.Show of a T in a loop
// showed the last t each time), a copy of *p for a value method through a
// pointer p (p.Show, then p.id = 2, showed 2):
//
//	defer t.Show()    →   defer func(r *T) { r.Show() }([]*T{&(t)}[0])
//	defer p.Print()   →   defer func(r T) { r.Print() }([]T{*(p)}[0])
//
// A method promoted from an embedded field is called on that field (o.n =
// 7 after defer o.Show() showed 7, Go 5), a copy of it for a value method,
// of what it points to when it is a pointer:
//
//	defer o.Show()    →   defer func(r Inner) { r.Show() }([]Inner{(o).Inner}[0])
//	defer w.Show()    →   defer func(r Inner) { r.Show() }([]Inner{*((w).Inner)}[0])
//
// A deferred call only without arguments (defer's arguments are lowered
// elsewhere); a go statement's arguments become the literal's too:
//
//	go w.Run(&wg)     →   go func(__r *W, __p0 *sync.WaitGroup) { __r.Run(__p0) }(w, &wg)

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// MethodReceivers returns the lowerings of f's deferred and go method calls
// (see above); typeName writes a type as f's text can name it.
//
// goStmts: go statements as below (divergo run); else (a session, which
// wraps each go statement itself, evaluating its function first) their
// method value is bound to a function literal's parameter.
func MethodReceivers(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), goStmts bool) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		var call *ast.CallExpr
		deferred := false
		switch n := n.(type) {
		case *ast.DeferStmt:
			call, deferred = n.Call, true
		case *ast.GoStmt:
			call = n.Call
		default:
			return true
		}
		if call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal {
			return true // not a method
		}
		if types.IsInterface(s.Recv()) || programNamed(s.Recv()) == nil {
			return true
		}
		// A promoted method: its receiver is the embedded field (o.Show
		// of Show promoted from o's Inner: o.Inner).
		recv, path, addressable, ok := EmbeddedReceiver(s, info.Types[sel.X].Addressable())
		if !ok || types.IsInterface(recv) || programNamed(recv) == nil {
			return true
		}
		sig, ok := s.Obj().Type().(*types.Signature)
		if !ok || sig.Recv() == nil {
			return true
		}
		_, ptrMethod := sig.Recv().Type().(*types.Pointer)
		_, ptrX := recv.(*types.Pointer)
		// The receiver as the method takes it: &x for a pointer method of
		// a variable x (Go takes the address at the statement), *p for a
		// value method through a pointer p (Go copies *p there).
		deref, closing := "", ""
		if path != "" {
			deref, closing = "(", ")"+path
		}
		switch {
		case ptrMethod && !ptrX:
			if !addressable {
				return true
			}
			recv, deref, closing = types.NewPointer(recv), "&("+deref, closing+")"
		case !ptrMethod && ptrX:
			recv, deref, closing = recv.(*types.Pointer).Elem(), "*("+deref, closing+")"
		}
		name, ok := typeName(recv)
		if !ok || sig.Variadic() {
			return true
		}
		if !deferred && !goStmts {
			// A session's go statement: its function is evaluated first
			// (lower.Passes.Go); the method value is bound to a
			// parameter, a new variable each time:
			//	go w.Run(&wg)   →   go func(__r *W) func(*sync.WaitGroup) { return __r.Run }(w)(&wg)
			ft, ok := typeName(s.Type())
			if !ok {
				return true
			}
			spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), "func(__r " + name + ") " + ft + " { return __r." + sel.Sel.Name + " }(" + deref}, Span{sel.X.End(), sel.Sel.End(), closing + ")"})
			return true
		}
		// go's arguments: parameters of the literal too, given now.
		params, args := "__r "+name, ""
		for k := 0; k < sig.Params().Len(); k++ {
			pt, ok := typeName(sig.Params().At(k).Type())
			if !ok {
				return true
			}
			params += fmt.Sprintf(", __p%d %s", k, pt)
			if k > 0 {
				args += ", "
			}
			args += fmt.Sprintf("__p%d", k)
		}
		open, close := "func("+params+") { __r."+sel.Sel.Name+"("+args+") }(", ")"
		if deferred && len(call.Args) > 0 {
			// Each argument through a new slice's element too (a block of
			// temporaries is reused by a loop; package lower's Defer and
			// gorun's deferArgs leave such a defer alone):
			//	defer r.Close(tag)   →   defer func(__r *R, __p0 string) { __r.Close(__p0) }([]*R{r}[0], []string{tag}[0])
			spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), open + "[]" + name + "{" + deref},
				Span{sel.X.End(), call.Lparen + 1, closing + "}[0], "})
			for k, a := range call.Args {
				if tv := info.Types[a]; tv.Value != nil || tv.IsNil() {
					continue
				}
				pt, _ := typeName(sig.Params().At(k).Type())
				spans = append(spans, Span{a.Pos(), a.Pos(), "[]" + pt + "{"}, Span{a.End(), a.End(), "}[0]"})
			}
			return true
		}
		if deferred {
			open, close = open+"[]"+name+"{"+deref, closing+"}[0]"+close
			spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), open}, Span{sel.X.End(), call.End(), close})
			return true
		}
		open, close = open+deref, closing+close
		if len(call.Args) == 0 {
			spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), open}, Span{sel.X.End(), call.End(), close})
			return true
		}
		// go x.M(a, b)   →   go func(__r R, __p0 A, __p1 B) { __r.M(__p0, __p1) }(x, a, b)
		spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), open}, Span{sel.X.End(), call.Lparen + 1, closing + ", "})
		return true
	})
	return spans
}

// DeferredLiterals returns the lowerings of function literals held in a
// local variable that a defer statement of the same function calls
// (cleanup := func() {…}; defer cleanup()): the interpreter's closure,
// made in the function's frame, locks that frame when it returns, which
// the function's own deferred calls hold — the program deadlocked. Made in
// a frame of its own, the closure is the same:
//
//	cleanup := func() {…}   →   cleanup := func() func() { return func() {…} }()
func DeferredLiterals(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	if !treeHolds(f, hasDefer) {
		return nil // nothing of the kind to lower (walk.go)
	}
	deferred := map[types.Object]bool{}
	inspect(f, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			if id, ok := ast.Unparen(d.Call.Fun).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && v.Parent() != nil && v.Pkg() != nil && v.Parent() != v.Pkg().Scope() {
					deferred[v] = true
				}
			}
		}
		return true
	})
	if len(deferred) == 0 {
		return nil
	}
	var spans []Span
	wrap := func(lhs ast.Expr, rhs ast.Expr) {
		id, ok := lhs.(*ast.Ident)
		if !ok {
			return
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		lit, ok := ast.Unparen(rhs).(*ast.FuncLit)
		if !ok || obj == nil || !deferred[obj] {
			return
		}
		t, ok := typeName(info.TypeOf(lit))
		if !ok {
			return
		}
		spans = append(spans, Span{lit.Pos(), lit.Pos(), "func() " + t + " { return "}, Span{lit.End(), lit.End(), " }()"})
	}
	inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for k := range n.Lhs {
					wrap(n.Lhs[k], n.Rhs[k])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for k := range n.Names {
					wrap(n.Names[k], n.Values[k])
				}
			}
		}
		return true
	})
	return spans
}

// EmbeddedReceiver returns, for s, a method selection x.M, the receiver
// the method is called on: x's type and "" for a method of x's type; for
// one promoted from an embedded field, the type of that field and the
// selectors naming it, ".Inner" (".A.B" through A's embedded B), and
// whether x.Inner is addressable (x is, or the path goes through a
// pointer). ok is false when a step is not a struct's field.
func EmbeddedReceiver(s *types.Selection, addressable bool) (recv types.Type, path string, addr, ok bool) {
	recv, addr = s.Recv(), addressable
	index := s.Index()
	for _, k := range index[:len(index)-1] {
		if p, ptr := recv.(*types.Pointer); ptr {
			recv, addr = p.Elem(), true
		}
		st, ok := recv.Underlying().(*types.Struct)
		if !ok || k >= st.NumFields() || !st.Field(k).Embedded() {
			return nil, "", false, false
		}
		path += "." + st.Field(k).Name()
		recv = st.Field(k).Type()
	}
	return recv, path, addr, true
}

// ImplicitAddress reports whether sel is a method of a pointer receiver
// selected on an addressable value, whose address Go takes (t.Register()
// and t.ID for a variable t of type T with func (t *T) …).
func ImplicitAddress(sel *ast.SelectorExpr, info *types.Info) bool {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || types.IsInterface(s.Recv()) {
		return false
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	_, ptrMethod := sig.Recv().Type().(*types.Pointer)
	_, ptrX := s.Recv().(*types.Pointer)
	return ptrMethod && !ptrX && info.Types[sel.X].Addressable()
}

// LoopAddresses returns, for a cell, the redeclarations `t := t` that give
// a loop's variable a copy per iteration when its body takes the variable's
// address only implicitly — calls a pointer method of it, or makes a method
// value of one (for _, t := range ts { t.Register() } registered the last
// t three times). Package lower's LoopVars redeclares those the body
// captures syntactically; an edit made by both is one (cells.Editor).
func LoopAddresses(f *ast.File, info *types.Info) []Span {
	if !treeHolds(f, hasRange|hasFor) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		var ids []ast.Expr
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				ids, body = []ast.Expr{n.Key, n.Value}, n.Body
			}
		case *ast.ForStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				ids, body = as.Lhs, n.Body
			}
		}
		for _, x := range ids {
			id, ok := x.(*ast.Ident)
			if !ok || id.Name == "_" || info.Defs[id] == nil || AssignsVar(body, info.Defs[id], info) {
				continue
			}
			if _, loop := n.(*ast.ForStmt); loop && ChangesVar(body, info.Defs[id], info) {
				continue // LoopCopyBack's (c.Skip() may change c)
			}
			obj := info.Defs[id]
			if declaresOther(body, obj, info) {
				continue // LoopShadowCopies' (its copy is outside a block around the body)
			}
			found := false
			ast.Inspect(body, func(m ast.Node) bool {
				if sel, ok := m.(*ast.SelectorExpr); ok && ImplicitAddress(sel, info) {
					if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[x] == obj {
						found = true
					}
				}
				return !found
			})
			if found {
				spans = append(spans, Span{body.Lbrace + 1, body.Lbrace + 1, " " + id.Name + " := " + id.Name + ";"})
			}
		}
		return true
	})
	return spans
}

// DeferredFuncs returns the lowerings of `defer f(…)` of a local variable
// f of a function type: Go reads f (and the arguments) at the statement,
// the interpreter when the call ran (f := first; defer f(); f = second ran
// second). f and the arguments become a function literal's parameters,
// given through new slices' elements:
//
//	defer f(x)   →   defer func(__f func(int), __p0 int) { __f(__p0) }([]func(int){f}[0], []int{x}[0])
func DeferredFuncs(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	if !treeHolds(f, hasDefer) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			if id, lit, ft, pts, ok := localFuncCall(d.Call, info, typeName); ok {
				spans = append(spans, Span{id.Pos(), id.End(), lit},
					Span{d.Call.Lparen + 1, d.Call.Lparen + 1, "[]" + ft + "{" + id.Name + "}[0]" + argSep(d.Call)})
				for k, a := range d.Call.Args {
					if tv := info.Types[a]; tv.Value == nil && !tv.IsNil() {
						spans = append(spans, Span{a.Pos(), a.Pos(), "[]" + pts[k] + "{"}, Span{a.End(), a.End(), "}[0]"})
					}
				}
			}
		}
		return true
	})
	return spans
}

// GoFuncs returns, for divergo run, the lowerings of `go f(…)` of a local
// variable f of a function type: Go reads f at the statement, the
// interpreter when the goroutine ran (f := …; go f(); f = … ran the second
// function). f becomes a parameter of a function literal, given now (a
// session's go statements are wrapped by package lower's Go, which
// evaluates the function first):
//
//	go f(a)   →   go func(__f func(int), __p0 int) { __f(__p0) }(f, a)
func GoFuncs(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		if g, ok := n.(*ast.GoStmt); ok {
			if id, lit, _, _, ok := localFuncCall(g.Call, info, typeName); ok {
				spans = append(spans, Span{id.Pos(), id.End(), lit},
					Span{g.Call.Lparen + 1, g.Call.Lparen + 1, id.Name + argSep(g.Call)})
			}
		}
		return true
	})
	return spans
}

// localFuncCall recognises a call f(…) of a local variable f of a function
// type, not variadic: it returns f, the function literal that calls its
// parameter __f with its parameters __p0, __p1… (func(__f F, __p0 P0) {
// __f(__p0) }), F and the parameters' types as the code names them.
func localFuncCall(call *ast.CallExpr, info *types.Info, typeName func(types.Type) (string, bool)) (id *ast.Ident, lit, ft string, pts []string, ok bool) {
	id, ok = ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || call.Ellipsis.IsValid() {
		return nil, "", "", nil, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, "", "", nil, false
	}
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || sig.Variadic() {
		return nil, "", "", nil, false
	}
	if ft, ok = typeName(v.Type()); !ok {
		return nil, "", "", nil, false
	}
	params, args := []string{"__f " + ft}, []string{}
	for k := 0; k < sig.Params().Len(); k++ {
		pt, ok := typeName(sig.Params().At(k).Type())
		if !ok {
			return nil, "", "", nil, false
		}
		pts = append(pts, pt)
		params = append(params, fmt.Sprintf("__p%d %s", k, pt))
		args = append(args, fmt.Sprintf("__p%d", k))
	}
	lit = "func(" + strings.Join(params, ", ") + ") { __f(" + strings.Join(args, ", ") + ") }"
	return id, lit, ft, pts, true
}

// argSep is what follows a value inserted before a call's arguments.
func argSep(call *ast.CallExpr) string {
	if len(call.Args) > 0 {
		return ", "
	}
	return ""
}

// GoClosureArgs returns, for divergo run, the lowerings of `go func() {…}()`
// in a loop whose literal reads a variable of the loop's iteration (the
// loop's own, or one its body defines) that nothing assigns after its
// definition: the variable becomes a parameter of the literal, given at the
// go statement. The interpreter's closure read it when the goroutine ran,
// and now and then (a few times in thousands) saw another iteration's value
// — results[i] = i + 1 left a result unset — where Go's per-iteration
// variable cannot change:
//
//	go func() { results[i] = i + 1 }()   →   go func(i int) { results[i] = i + 1 }(i)
func GoClosureArgs(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	var spans []Span
	var loops []ast.Node
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			switch m := m.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				loops = append(loops, m)
				visit(m)
				loops = loops[:len(loops)-1]
				return false
			case *ast.FuncLit:
				saved := loops
				loops = nil // a new function: its loops are its own
				visit(m.Body)
				loops = saved
				return false
			case *ast.GoStmt:
				if len(loops) > 0 {
					spans = append(spans, goClosureArgs(m, loops[len(loops)-1], info, typeName)...)
				}
				if lit, ok := ast.Unparen(m.Call.Fun).(*ast.FuncLit); ok {
					saved := loops
					loops = nil
					visit(lit.Body)
					loops = saved
				}
				for _, a := range m.Call.Args {
					visit(a)
				}
				return false
			}
			return true
		})
	}
	visit(f)
	return spans
}

func goClosureArgs(g *ast.GoStmt, loop ast.Node, info *types.Info, typeName func(types.Type) (string, bool)) []Span {
	lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit)
	if !ok || g.Call.Ellipsis.IsValid() {
		return nil
	}
	var names []string
	seen := map[types.Object]bool{}
	var params, args []string
	ok = true
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !isID || !ok {
			return ok
		}
		v, isVar := info.Uses[id].(*types.Var)
		if !isVar || seen[v] || v.Pos() < loop.Pos() || v.Pos() >= g.Pos() {
			return true // not of this iteration, or declared in the literal
		}
		seen[v] = true
		switch v.Type().Underlying().(type) {
		case *types.Struct, *types.Array:
			// A copy would take the literal's changes of its fields
			// and elements away from the loop's variable.
			return true
		}
		if assignedAfter(loop, v, info) {
			return true
		}
		t, named := typeName(v.Type())
		if !named {
			ok = false
			return false
		}
		names = append(names, v.Name())
		params = append(params, v.Name()+" "+t)
		args = append(args, v.Name())
		return true
	})
	if !ok || len(names) == 0 {
		return nil
	}
	psep, asep := "", ""
	if lit.Type.Params.NumFields() > 0 {
		psep = ", "
	}
	if len(g.Call.Args) > 0 {
		asep = ", "
	}
	return []Span{
		{lit.Type.Params.Closing, lit.Type.Params.Closing, psep + strings.Join(params, ", ")},
		{g.Call.Rparen, g.Call.Rparen, asep + strings.Join(args, ", ")},
	}
}

// EmbeddedInterfaceMethods returns the lowerings of f's methods promoted
// from an embedded field of an interface type (n.Area() for a struct
// embedding Shape): the interpreter panicked "invalid interface value"
// calling them, where the field's own method (n.Shape.Area()) runs. The
// path to the field is written out:
//
//	n.Area()   →   n.Shape.Area()
func EmbeddedInterfaceMethods(f *ast.File, info *types.Info) []Span {
	var spans []Span
	inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 {
			return true
		}
		t := s.Recv()
		var path strings.Builder
		iface := false
		for _, idx := range s.Index()[:len(s.Index())-1] {
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			st, ok := t.Underlying().(*types.Struct)
			if !ok || idx >= st.NumFields() {
				return true
			}
			field := st.Field(idx)
			path.WriteString("." + field.Name())
			t = field.Type()
			iface = types.IsInterface(t)
		}
		if iface {
			spans = append(spans, Span{sel.X.End(), sel.X.End(), path.String()})
		}
		return true
	})
	return spans
}
