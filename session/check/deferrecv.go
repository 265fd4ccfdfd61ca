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
// Only methods of a program's type whose receiver the expression already is
// (a pointer for a pointer method, a value for a value method), not
// variadic; a deferred call only without arguments (defer's arguments are
// lowered elsewhere); a go statement's arguments become the literal's too:
//
//	go w.Run(&wg)     →   go func(__r *W, __p0 *sync.WaitGroup) { __r.Run(__p0) }(w, &wg)

import (
	"fmt"
	"go/ast"
	"go/types"
)

// MethodReceivers returns the lowerings of f's deferred and go method calls
// (see above); typeName writes a type as f's text can name it.
//
// goStmts: go statements as below (divergo run); else (a session, which
// wraps each go statement itself, evaluating its function first) their
// method value is bound to a function literal's parameter.
func MethodReceivers(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), goStmts bool) []Span {
	var spans []Span
	ast.Inspect(f, func(n ast.Node) bool {
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
		if deferred && len(call.Args) != 0 || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
			return true // not a method, or a promoted one
		}
		recv := s.Recv()
		if types.IsInterface(recv) || programNamed(recv) == nil {
			return true
		}
		sig, ok := s.Obj().Type().(*types.Signature)
		if !ok || sig.Recv() == nil {
			return true
		}
		_, ptrMethod := sig.Recv().Type().(*types.Pointer)
		_, ptrX := recv.(*types.Pointer)
		if ptrMethod != ptrX {
			return true
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
			spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), "func(__r " + name + ") " + ft + " { return __r." + sel.Sel.Name + " }("}, Span{sel.X.End(), sel.Sel.End(), ")"})
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
		if deferred {
			open, close = open+"[]"+name+"{", "}[0])"
			spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), open}, Span{sel.X.End(), call.End(), close})
			return true
		}
		if len(call.Args) == 0 {
			spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), open}, Span{sel.X.End(), call.End(), close})
			return true
		}
		// go x.M(a, b)   →   go func(__r R, __p0 A, __p1 B) { __r.M(__p0, __p1) }(x, a, b)
		spans = append(spans, Span{sel.X.Pos(), sel.X.Pos(), open}, Span{sel.X.End(), call.Lparen + 1, ", "})
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
	deferred := map[types.Object]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
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
	ast.Inspect(f, func(n ast.Node) bool {
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
