package check

// Which later code can run a function of an earlier cell
//
// storedLater refuses storing a value of a type with a String or Error
// method (any type, for %T, %+v, %#v) in an any while a function of an
// earlier cell gives fmt an any it did not get as its parameter (an
// element of a global []any, recover()'s value): that function was
// judged before such values reached an any, and the interpreter (yaegi
// v0.16.1) would give fmt its wrapper, without the method Go calls.
// Refused at the store, every such store was refused while the function
// existed, even in a notebook that never calls it again:
//
//	func safeRun(name string, f func()) { defer func() { if r := recover(); r != nil { fmt.Println(name, "failed:", r) } }(); f() }
//	type Info float64; func (b Info) String() string { … }
//	row := []any{"entropy", Info(1.5)}   // refused, though safeRun is never called again
//
// The function prints only while it runs, and it runs only when called.
// A call of it after the store is seen in a later cell when every way of
// reaching it goes through a name a later cell mentions: the function,
// or a function of the session that calls it (directly or through
// others). That is so unless the function may be reached without a
// later mention: from a method (fmt calls String, sort calls Less; an
// interface's method calls any), or from a function value made of it or
// of a function reaching it (a variable given it, a function literal
// calling it that a variable, timer or handler keeps, a goroutine: `go
// loop()`), which a later cell calls under another name or which runs on
// its own. So the session records, for every function and method a cell
// declares, the session's functions its body mentions ("calls:g\x00f" in
// reached, never forgotten: old code may still run), and each function
// used otherwise than called by name ("valueof:f"); a function is pinned
// when one of those reaches it.
//
// A store is then refused as before only when the function is pinned, or
// the code the cell runs mentions a name reaching it; else it is
// accepted and noted ("later:narrowed:show\x00…"), and a later cell is
// refused where it mentions a name reaching the function (the call that
// would print the value unlike Go), or where it makes the function
// pinned (declares a method calling it, takes a value of it, starts it
// in a goroutine). Declaring the function again, without the print,
// forgets the note (forgetLater). A cell the checker cannot judge
// (skipped) is refused if its text names one of those functions
// (NarrowedMention).

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// reachState is what reach.go learns of the file: its call edges and
// values of the session's functions, and the names its own code runs.
type reachState struct {
	calls map[string]map[string]bool // caller ("g", "T.M") → the session's functions its body names
	value map[string]ast.Node        // a function used otherwise than called by name → where
	runs  map[string]ast.Node        // a function the file's code runs names → its first mention
	decl  map[string]ast.Node        // a function or method the file declares → its name
}

// reachOf computes, once, the file's reachState: calls and values from
// every function, method and literal, runs from the code the cell runs
// itself (a statement unit's __cell, a var's initializer, init).
func (b *boundary) reachOf() *reachState {
	if b.reach != nil {
		return b.reach
	}
	r := &reachState{calls: map[string]map[string]bool{}, value: map[string]ast.Node{}, runs: map[string]ast.Node{}, decl: map[string]ast.Node{}}
	b.reach = r
	for _, d := range b.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Body == nil {
				continue
			}
			caller := d.Name.Name
			if d.Recv != nil && len(d.Recv.List) > 0 {
				caller = recvName(d.Recv.List[0].Type) + "." + d.Name.Name
			}
			run := d.Recv == nil && (caller == "__cell" || caller == "init")
			if !run {
				r.decl[caller] = d.Name
			}
			b.reachNames(d.Body, func(name string, id *ast.Ident, asValue bool) {
				if asValue {
					if r.value[name] == nil {
						r.value[name] = id
					}
				}
				if run {
					if r.runs[name] == nil {
						r.runs[name] = id
					}
					return
				}
				if r.calls[caller] == nil {
					r.calls[caller] = map[string]bool{}
				}
				r.calls[caller][name] = true
			})
		case *ast.GenDecl:
			if d.Tok != token.VAR {
				continue
			}
			for _, sp := range d.Specs {
				for _, v := range sp.(*ast.ValueSpec).Values {
					b.reachNames(v, func(name string, id *ast.Ident, asValue bool) {
						if asValue && r.value[name] == nil {
							r.value[name] = id
						}
						if r.runs[name] == nil {
							r.runs[name] = id
						}
					})
				}
			}
		}
	}
	return r
}

// recvName is the name of a method's receiver type (T for *T, G[K]).
func recvName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return "?"
		}
	}
}

// reachNames calls fn for each mention in root of a function of the
// session (a package-level function of package main, generic or not);
// asValue: the mention is not a call of it by name run where it stands
// (a value: h := show, apply(show), go show(); or inside a function
// literal that is not called where it is written).
func (b *boundary) reachNames(root ast.Node, fn func(name string, id *ast.Ident, asValue bool)) {
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if id, ok := n.(*ast.Ident); ok {
			if f, ok := b.info.Uses[id].(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == pkgPath && f.Type().(*types.Signature).Recv() == nil && f.Parent() == f.Pkg().Scope() {
				fn(id.Name, id, !calledByName(id, stack) || inValueLit(stack))
			}
		}
		stack = append(stack, n)
		return true
	})
}

// calledByName reports whether id, at the end of stack, is called where
// it stands: the callee of a call (through parentheses and type
// arguments) that is not a go statement's.
func calledByName(id *ast.Ident, stack []ast.Node) bool {
	return calledAt(id, stack, len(stack)-1, true)
}

// inValueLit reports whether a function literal on the stack is a value
// (not called where it is written, or started as a goroutine).
func inValueLit(stack []ast.Node) bool {
	for k, n := range stack {
		if lit, ok := n.(*ast.FuncLit); ok && !calledAt(lit, stack, k-1, false) {
			return true
		}
	}
	return false
}

// calledAt reports whether child, below stack[k] (stack holds the nodes
// from the root), is the callee of the call above it, through
// parentheses (and, with typeArgs, instantiations f[T]), and that call is
// not a go statement's.
func calledAt(child ast.Node, stack []ast.Node, k int, typeArgs bool) bool {
	for ; k >= 0; k-- {
		switch p := stack[k].(type) {
		case *ast.ParenExpr:
			child = p
			continue
		case *ast.IndexExpr:
			if typeArgs && p.X == child {
				child = p
				continue
			}
		case *ast.IndexListExpr:
			if typeArgs && p.X == child {
				child = p
				continue
			}
		}
		break
	}
	if k < 0 {
		return false
	}
	call, ok := stack[k].(*ast.CallExpr)
	if !ok || call.Fun != child {
		return false
	}
	if k > 0 {
		if g, ok := stack[k-1].(*ast.GoStmt); ok && g.Call == call {
			return false
		}
	}
	return true
}

// callOnly reports whether the code giving fmt x, in a function of the
// file, runs only when that function is called: the function is one of
// the package's (not a method, not the cell's own code, not init), and
// x is not in a function literal that may run outside the call (a value,
// a goroutine). Whatever x holds then — recover()'s value, a parameter,
// a variable of the session it reads — reaches fmt only in a call of the
// function, which a later cell names (narrowable).
func (b *boundary) callOnly(x ast.Expr) bool {
	fd := b.enclosingDecl(x)
	if fd == nil || fd.Recv != nil || fd.Name.Name == "__cell" || fd.Name.Name == "init" {
		return false
	}
	var stack []ast.Node
	inLit := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if n == ast.Node(x) {
			inLit = inValueLit(stack)
			return false
		}
		stack = append(stack, n)
		return true
	})
	return !inLit
}

// reachSet returns the names whose call may run fn: fn, and the
// functions and methods that call it, directly or through others, by
// the edges earlier cells recorded and the file's (own: the file's
// included).
func (b *boundary) reachSet(fn string, own bool) map[string]bool {
	callers := map[string][]string{}
	for key := range b.reached {
		if rest, ok := strings.CutPrefix(key, "calls:"); ok {
			caller, callee, _ := strings.Cut(rest, "\x00")
			callers[callee] = append(callers[callee], caller)
		}
	}
	if own {
		for caller, callees := range b.reachOf().calls {
			for callee := range callees {
				callers[callee] = append(callers[callee], caller)
			}
		}
	}
	set := reaching(fn, callers)
	return set
}

// pinnedBy returns what may run fn with no later mention of a name of
// its reachSet (a method calling it, a function value of it or of a
// function calling it), as a name, and the file's node that made it so
// (nil when earlier cells did); "" when nothing does. own: with the
// file's edges and values.
func (b *boundary) pinnedBy(fn string, own bool) (string, ast.Node) {
	set := b.reachSet(fn, own)
	var names []string
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	r := b.reachOf()
	for _, n := range names {
		if own && r.value[n] != nil {
			return n, r.value[n]
		}
		if b.reached["valueof:"+n] {
			return n, nil
		}
		if strings.Contains(n, ".") {
			if own && r.decl[n] != nil {
				return n, r.decl[n]
			}
			return n, nil
		}
	}
	return "", nil
}

// runsHere returns the first mention, in the code the file runs, of a
// name whose call may run fn, or nil.
func (b *boundary) runsHere(fn string) (string, ast.Node) {
	set := b.reachSet(fn, true)
	r := b.reachOf()
	var first ast.Node
	name := ""
	for n, at := range r.runs {
		if set[n] && (first == nil || at.Pos() < first.Pos()) {
			first, name = at, n
		}
	}
	return name, first
}

// narrowable reports whether a store in an any that fn (of an earlier
// cell's later key) would print unlike Go may be accepted now and
// refused where fn is called later: fn is a function of the session
// (not a method, not a function literal) whose prints run only in a call
// of it (callOnly), nothing reaches it without a later
// mention, and the file's own code does not call it. Not once a cell ran
// unjudged ("unjudged": the checker skipped it, and the functions it
// declared recorded no calls).
func (b *boundary) narrowable(fn string) bool {
	if b.reached == nil || b.reached["unjudged"] || b.isSessionFunc(fn) == nil || b.reached["later:unbound:"+fn+"\x00"] {
		return false
	}
	if n, _ := b.pinnedBy(fn, true); n != "" {
		return false
	}
	_, at := b.runsHere(fn)
	return at == nil
}

// isSessionFunc returns the package-level function of package main
// named name (declared by an earlier cell or the file), or nil.
func (b *boundary) isSessionFunc(name string) *types.Func {
	for id, obj := range b.info.Uses {
		if id.Name == name {
			if f, ok := obj.(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == pkgPath && f.Parent() == f.Pkg().Scope() {
				return f
			}
		}
	}
	for id, obj := range b.info.Defs {
		if id.Name == name {
			if f, ok := obj.(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == pkgPath && f.Parent() == f.Pkg().Scope() {
				return f
			}
		}
	}
	return nil
}

// narrowedLater refuses, in a cell, running a function an earlier cell's
// store was accepted for by narrowable (mentioning a name that reaches
// it in the code the cell runs), or making it reachable without a
// mention (pinnedBy): the function would give fmt the stored value's
// wrapper, without the method Go calls, or name its type unlike Go.
func (b *boundary) narrowedLater() {
	if b.reached == nil {
		return
	}
	for _, key := range laterRests(b.reached, "later:narrowed:") {
		fn, rest, _ := strings.Cut(key, "\x00")
		kv, typ, _ := strings.Cut(rest, "\x00")
		typ, held, _ := strings.Cut(typ, "\x00")
		if held == "" {
			held = "an any"
		}
		kind, via := kv[:1], kv[1:]
		what := "gives " + via + " a value of type any it does not get as its parameter"
		effect := "the interpreter would give " + via + " its wrapper of " + article(typ) + ", without the methods Go calls (it would print the bare value or {0xc… {…}})"
		if kind == "n" {
			what = "prints a value of type any with %T, %+v or %#v (" + via + ")"
			effect = "the interpreter would name " + article(typ) + " by its underlying type and rename its unexported fields"
			if strings.HasPrefix(via, "reflect.") {
				what = "gives " + via + " a value of type any"
				effect = "the interpreter's reflection would name " + article(typ) + " by its underlying type and list none of its methods"
				if held != "an any" {
					what = "gives " + via + " a value of an interface type"
					effect = "the interpreter's reflection of " + article(typ) + " held in " + held + " would name its own wrapper (interp._error for an error) and list none of its methods"
				}
			}
		}
		if name, at := b.runsHere(fn); at != nil {
			through := ""
			if name != fn {
				through = " (" + name + " calls it)"
			}
			b.refuse(at, "%s, declared in an earlier cell, %s, and an earlier cell stored %s in %s since%s: %s. Not supported yet: declare %[1]s again (without that print), or keep the %[7]s values out of %[4]s (.reset forgets them)",
				fn, what, article(typ), held, through, effect, strings.TrimPrefix(typ, "*"))
			return
		}
		before, _ := b.pinnedBy(fn, false)
		if before != "" {
			continue // pinned already when the store was accepted: not by the file
		}
		if name, at := b.pinnedBy(fn, true); name != "" && at != nil {
			b.refuse(at, "%s, declared in an earlier cell, %s, and an earlier cell stored %s in %s since: %s reaches %[1]s with no later cell naming either (a method, a function value, a goroutine), and %[6]s. Not supported yet: declare %[1]s again (without that print), or keep the %[7]s values out of %[4]s",
				fn, what, article(typ), held, name, effect, strings.TrimPrefix(typ, "*"))
			return
		}
	}
}

// recordReach writes the file's call edges and function values for
// later cells (reachSet, pinnedBy).
func (b *boundary) recordReach(reached map[string]bool) {
	r := b.reachOf()
	for caller, callees := range r.calls {
		for callee := range callees {
			reached["calls:"+caller+"\x00"+callee] = true
		}
	}
	for n := range r.value {
		reached["valueof:"+n] = true
	}
}

// NarrowedMention returns, for a cell the checker cannot judge, the first
// word of words (the cell's) naming a function an earlier cell's store
// was accepted for (narrowable), or a function reaching it, with what it
// prints; "" when none: the cell runs unjudged.
func NarrowedMention(reached map[string]bool, words []string) (string, string) {
	callers := map[string][]string{}
	var fns []string
	for key := range reached {
		if rest, ok := strings.CutPrefix(key, "calls:"); ok {
			caller, callee, _ := strings.Cut(rest, "\x00")
			callers[callee] = append(callers[callee], caller)
		}
		if rest, ok := strings.CutPrefix(key, "later:narrowed:"); ok {
			fn, _, _ := strings.Cut(rest, "\x00")
			fns = append(fns, fn)
		}
	}
	sort.Strings(fns)
	for _, fn := range fns {
		set := reaching(fn, callers)
		for _, w := range words {
			if set[w] {
				return w, fn
			}
		}
	}
	return "", ""
}

// narrowedSkip refuses a cell (from the text src on) the checker cannot
// judge and would let run unjudged, when a word of it names a function
// whose later calls narrowedLater refuses (NarrowedMention): its Off is
// in src.
func narrowedSkip(reached map[string]bool, src string) *Error {
	var words []string
	offs := map[string]int{}
	eachWord(src, func(w string) {
		if _, ok := offs[w]; !ok {
			offs[w] = strings.Index(src, w)
			words = append(words, w)
		}
	})
	w, fn := NarrowedMention(reached, words)
	if w == "" {
		return nil
	}
	return &Error{Off: max(offs[w], 0), Msg: fn + ", declared in an earlier cell, gives fmt a value of type any it does not get as its parameter, and an earlier cell stored a value of a cell's type in an any since, which fmt would print unlike Go; the checker cannot judge this cell, which names " + w + ". Not supported yet: .reset the session, and declare " + fn + " without that print or keep those values out of an any"}
}

// reaching returns fn and the functions whose call may run it, directly
// or through others, by callers (a function → the functions calling it).
func reaching(fn string, callers map[string][]string) map[string]bool {
	set := map[string]bool{fn: true}
	work := []string{fn}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		for _, c := range callers[n] {
			if !set[c] {
				set[c] = true
				work = append(work, c)
			}
		}
	}
	return set
}
