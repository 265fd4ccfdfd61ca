package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// DeferPanics returns the lowerings of functions where a deferred function
// literal may panic while other deferred calls wait. Go runs the deferred
// calls registered before it with the new panic, which a deferred
// `recover()` among them stops; the interpreter (yaegi v0.16.1) skipped
// them: their output was lost, their recover never called, and the
// program ended when one of them should have recovered:
//
//	defer fmt.Println("closing")            // Go prints it; the interpreter did not
//	defer func() { panic("in defer") }()
//
// Each such literal (after a function's first defer, or any in a loop)
// starts by deferring a catcher, which keeps the panic
// in the function's variables __dpN_v and __dpN_set; a deferred `recover()`
// of the function gives that panic first; and a call deferred first of
// all panics with it again when no one recovered it:
//
//	func f() {                                   func f() { var __dp0_v any; var __dp0_set bool; defer func() { if __dp0_set { panic(__dp0_v) } }();
//		defer func() { r := recover(); … }()  →      defer func() { r := func(__r any) any { if __dp0_set { … }; return __r }(recover()); … }()
//		defer func() { panic("x") }()                defer func() { defer func() { if __r := recover(); __r != nil { __dp0_v = __r; __dp0_set = true } }(); panic("x") }()
//		defer cleanup()                              defer func() { defer func() { … }(); cleanup() }()
//
// A function is left as it was when a deferred call of another function
// of the program calls recover itself (defer handle()): its recover could
// not be given the kept panic.
func DeferPanics(f *ast.File, info *types.Info, typeName func(types.Type) (string, bool), others []Span) []Span {
	if !treeHolds(f, hasDefer) {
		return nil // nothing of the kind to lower (walk.go)
	}
	var spans []Span
	n := 0
	var visit func(body *ast.BlockStmt)
	visit = func(body *ast.BlockStmt) {
		if body == nil {
			return
		}
		type deferred struct {
			d      *ast.DeferStmt
			inLoop bool
		}
		var defers []deferred
		var walk func(node ast.Node, inLoop bool)
		walk = func(node ast.Node, inLoop bool) {
			ast.Inspect(node, func(x ast.Node) bool {
				if x == node {
					return true
				}
				switch x := x.(type) {
				case *ast.FuncLit:
					return false // a function of its own (visited below)
				case *ast.ForStmt, *ast.RangeStmt:
					walk(x, true)
					return false
				case *ast.DeferStmt:
					defers = append(defers, deferred{x, inLoop})
				}
				return true
			})
		}
		walk(body, false)
		var wrap []*ast.DeferStmt
		var recovers []*ast.CallExpr
		var patch []int // others' literals of deferred calls (above)
		ok := true
		for k, d := range defers {
			lit, isLit := ast.Unparen(d.d.Call.Fun).(*ast.FuncLit)
			if !isLit {
				body, program := calledDecl(f, info, d.d.Call)
				switch {
				case program && (body == nil || callsRecover(body, info)):
					// defer handle(): its recover could not be given
					// the kept panic (nor can one of an earlier cell's
					// function be known).
					ok = false
				case program && (k > 0 || d.inLoop) && untouched(d.d.Call, others):
					wrap = append(wrap, d.d) // defer cleanup(), defer boom(3), defer r.Close()
				case program && (k > 0 || d.inLoop):
					// Another lowering made the call a literal's, its
					// receiver given now (defer func(__r *R) { __r.Close() }(r)):
					// the catcher goes first in that literal.
					for j, o := range others {
						if o.Pos == d.d.Call.Pos() && o.Pos == o.End && strings.HasPrefix(o.Text, "func(") && strings.Contains(o.Text, ") { ") {
							patch = append(patch, j)
							break
						}
					}
				}
				continue
			}
			if calls := directRecovers(lit.Body, info); len(calls) > 0 {
				recovers = append(recovers, calls...)
			}
			if k > 0 || d.inLoop {
				wrap = append(wrap, d.d) // its catcher keeps a panic it raises (again)
			}
		}
		if ok && len(wrap)+len(patch) > 0 {
			v, set := fmt.Sprintf("__dp%d_v", n), fmt.Sprintf("__dp%d_set", n)
			n++
			spans = append(spans, Span{body.Lbrace + 1, body.Lbrace + 1,
				fmt.Sprintf(" var %s any; var %s bool; defer func() { if %[2]s { panic(%[1]s) } }();", v, set)})
			catch := fmt.Sprintf("defer func() { if __r := recover(); __r != nil { %s = __r; %s = true } }();", v, set)
			for _, d := range wrap {
				if lit, isLit := ast.Unparen(d.Call.Fun).(*ast.FuncLit); isLit {
					// The catcher first in the literal's own body: no
					// closure of another frame (the loop's variables
					// stay the literal's).
					spans = append(spans, Span{lit.Body.Lbrace + 1, lit.Body.Lbrace + 1, " " + catch})
					continue
				}
				if sp, ok := wrapDeferred(d, info, typeName, catch, ""); ok {
					spans = append(spans, sp...)
				}
			}
			for _, j := range patch {
				others[j].Text = strings.Replace(others[j].Text, ") { ", ") { "+catch+" ", 1)
			}
			for _, r := range recovers {
				spans = append(spans,
					Span{r.Pos(), r.Pos(), fmt.Sprintf("func(__r any) any { if %[2]s { __r = %[1]s; %[1]s = nil; %[2]s = false }; return __r }(", v, set)},
					Span{r.End(), r.End(), ")"})
			}
		}
	}
	inspect(f, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncDecl:
			visit(x.Body)
		case *ast.FuncLit:
			visit(x.Body)
		}
		return true
	})
	return spans
}

// directRecovers returns the calls of the builtin recover in body, outside
// the function literals it holds.
func directRecovers(body *ast.BlockStmt, info *types.Info) []*ast.CallExpr {
	var calls []*ast.CallExpr
	ast.Inspect(body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					calls = append(calls, x)
				}
			}
		}
		return true
	})
	return calls
}

// calledDecl returns the body of the program's function or method that
// call calls (nil when the declaration is not in f, as for an earlier
// cell's), and whether it calls one of the program's at all (not a
// package's, nor a function value).
func calledDecl(f *ast.File, info *types.Info, call *ast.CallExpr) (*ast.BlockStmt, bool) {
	var id *ast.Ident
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fn
	case *ast.SelectorExpr:
		id = fn.Sel
	default:
		return nil, true // a literal's result, an element: unknown
	}
	obj := info.Uses[id]
	if _, isFunc := obj.(*types.Func); !isFunc || obj.Pkg() == nil {
		_, isVar := obj.(*types.Var)
		return nil, isVar // a function value may be anything
	}
	if obj.Pkg().Name() != "main" {
		return nil, false // a package's function or method
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == obj {
			return fd.Body, true
		}
	}
	return nil, true
}

// callsRecover reports whether body calls recover outside its function
// literals.
func callsRecover(body *ast.BlockStmt, info *types.Info) bool {
	return len(directRecovers(body, info)) > 0
}

// untouched reports whether no span of others rewrites or inserts inside
// call (another lowering of the deferred call has it).
func untouched(call *ast.CallExpr, others []Span) bool {
	for _, o := range others {
		if o.Pos < call.End() && call.Pos() < o.End || o.Pos == o.End && call.Pos() <= o.Pos && o.Pos <= call.End() {
			return false
		}
	}
	return true
}

// wrapDeferred runs a deferred call of the program's function or method
// value inside a function literal that starts with catch. The callee and
// the arguments are evaluated at the defer statement, as Go evaluates
// them, by a call that makes the literal (the interpreter evaluated a
// deferred call's arguments when it ran, and a block's variables are one
// for all the iterations of a loop: defer release(name) in a loop
// released the last name three times):
//
//	defer boom(3)     →   { __dpd := func(__dpa0 int) func() { return func() { catch; boom(__dpa0) } }(3); defer __dpd() }
//	defer r.Close()   →   { __dpd := func(__dpf func() error) func() { return func() { catch; __dpf() } }(r.Close); defer __dpd() }
//	defer sum("t", s...)   →   { __dpd := func(__dpa0 string, __dpa1 []int) func() { return func() { catch; sum(__dpa0, __dpa1...) } }("t", s); defer __dpd() }
//
// The statement's text is replaced but for the arguments, which stay
// where they are (no other lowering touches the call: untouched). A
// spreadHelper (rt.UnwrapAll) is called on a spread slice inside the
// literal.
func wrapDeferred(d *ast.DeferStmt, info *types.Info, typeName func(types.Type) (string, bool), catch, spreadHelper string) ([]Span, bool) {
	call := d.Call
	sig, ok := info.TypeOf(call.Fun).(*types.Signature)
	spread := call.Ellipsis.IsValid() // f(a, s...): the slice is the last parameter
	if !ok || sig.Variadic() && !spread || sig.Params().Len() != len(call.Args) || typeName == nil {
		return nil, false
	}
	byValue := false // the callee is a parameter of the literal, given its value now
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		switch info.Uses[fn].(type) {
		case *types.Func:
		case *types.Var:
			if !spread {
				return nil, false
			}
			byValue = true // f := report; defer f(xs...)
		default:
			return nil, false
		}
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[fn]; ok && sel.Kind() == types.MethodVal {
			byValue = true
		} else if !pkgFunc(fn, info) { // fmt.Println: by its name
			if !spread || !ok || sel.Kind() != types.FieldVal {
				return nil, false
			}
			byValue = true
		}
	case *ast.FuncLit:
		if !spread {
			return nil, false
		}
		byValue = true // defer func(ys ...float64) {…}(xs...)
	default:
		return nil, false
	}
	var params, names []string // the literal's parameters; the call's arguments
	if byValue {
		t, ok := typeName(sig)
		if !ok {
			return nil, false
		}
		params = append(params, "__dpf "+t)
	}
	for k := 0; k < sig.Params().Len(); k++ {
		t, ok := typeName(sig.Params().At(k).Type())
		if !ok {
			return nil, false
		}
		v := fmt.Sprintf("__dpa%d", k)
		names, params = append(names, v), append(params, v+" "+t)
	}
	if spread {
		if spreadHelper != "" {
			// spreadHelper(__dpaN)...: Unwrap's, when the call runs.
			names[len(names)-1] = spreadHelper + "(" + names[len(names)-1] + ")"
		}
		names[len(names)-1] += "..."
	}
	// The callee's text and the arguments' stay where they are; a callee
	// by its name inside the literal, one by its value as its first
	// argument.
	open := fmt.Sprintf("{ __dpd := func(%s) func() { return func() { %s", strings.Join(params, ", "), catch)
	args := "(" + strings.Join(names, ", ") + ") } }("
	tail := "); defer __dpd() }"
	var spans []Span
	if byValue {
		spans = append(spans, Span{d.Pos(), call.Fun.Pos(), open + "__dpf" + args})
		if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
			// Made in a frame of its own (see DeferredLiterals: one made
			// in the function's frame and called by a deferred call
			// deadlocked).
			t, _ := typeName(sig)
			spans = append(spans, Span{lit.Pos(), lit.Pos(), "func() " + t + " { return "}, Span{lit.End(), lit.End(), " }()"})
		}
		if len(call.Args) == 0 {
			return append(spans, Span{call.Fun.End(), d.End(), tail}), true
		}
		spans = append(spans, Span{call.Fun.End(), call.Args[0].Pos(), ", "})
	} else {
		spans = append(spans, Span{d.Pos(), call.Fun.Pos(), open})
		if len(call.Args) == 0 {
			return append(spans, Span{call.Fun.End(), d.End(), args + tail}), true
		}
		spans = append(spans, Span{call.Fun.End(), call.Args[0].Pos(), args})
	}
	for k := 1; k < len(call.Args); k++ {
		spans = append(spans, Span{call.Args[k-1].End(), call.Args[k].Pos(), ", "})
	}
	return append(spans, Span{call.Args[len(call.Args)-1].End(), d.End(), tail}), true
}

// pkgFunc reports whether sel names a function of an imported package
// (fmt.Println).
func pkgFunc(sel *ast.SelectorExpr, info *types.Info) bool {
	x, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	if _, isPkg := info.Uses[x].(*types.PkgName); !isPkg {
		return false
	}
	_, isFunc := info.Uses[sel.Sel].(*types.Func)
	return isFunc
}
