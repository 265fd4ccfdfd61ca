package gorun

// This file implements what the interpreter would run unlike Go, lowered
// in the program's text before it runs: the builtin println and print
// (yaegi writes them to standard output, formatted with %v; Go writes them
// to standard error in the runtime's own format), and loop variables that
// a closure, a goroutine or & captures (Go 1.22 makes them per iteration;
// yaegi shares one across the loop): the body redeclares them, v := v.

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/divergo/divergo/session/check"
	cellower "github.com/divergo/divergo/session/lower"
)

// rtPath is the import path of the helpers lowered programs call.
const rtPath = "github.com/divergo/divergo/gorun/rt"

// An edit replaces src[off:end] by text (off == end inserts).
type edit struct {
	off, end int
	text     string
}

// lower returns src with the calls of the builtin println and print
// replaced by calls of the helpers (the same line, so that line numbers
// stay), or src itself when the program's types are not known.
func lower(src []byte, f *ast.File, info *types.Info, path string) ([]byte, error) {
	if f == nil || info == nil {
		return src, nil
	}
	var edits []edit
	tf := func(pos token.Pos) int { return int(pos) - int(f.FileStart) }
	dyn := check.NewDynamicTypes(f, info, fileTypeName(f))
	_, _, spans := check.BoundaryTypes(f, info, "the program", fileTypeName(f), "__gorunrt", dyn)
	_, _, modern, decls := check.Modern(f, info, modernOptions(f, src))
	_, _, ranges := check.RangeFunc(f, info, "the program", fileTypeName(f))
	spans = append(append(append(spans, modern...), ranges...), check.IndexGuard(f, info, "__gorunrt", fileTypeName(f))...)
	spans = append(append(spans, check.CompositeValues(f, info)...), check.StringRanges(f, info, "__gorunrt")...)
	spans = append(spans, check.RangeAssigns(f, info)...)
	spans = append(append(spans, check.RangeKeys(f, info, true)...), check.ShiftCounts(f, info, "__gorunrt")...)
	spans = append(append(spans, check.ShiftOperands(f, info, fileTypeName(f))...), check.InterfaceCallArgs(f, info)...)
	spans = append(append(spans, check.MethodReceivers(f, info, fileTypeName(f), true)...), check.LoopCopyBack(f, info)...)
	spans = append(append(spans, check.DeferredLiterals(f, info, fileTypeName(f))...), check.DeferredFuncs(f, info, fileTypeName(f))...)
	spans = append(spans, check.DeferLoopLiterals(f, info)...)
	big := check.BigUnsignedConsts(f, info)
	spans = append(check.DropInside(spans, big), big...)
	spans = append(append(spans, check.GoClosureArgs(f, info, fileTypeName(f))...), check.PointerArrayRanges(f, info)...)
	spans = append(append(spans, check.EmbeddedInterfaceMethods(f, info)...), check.GoFuncs(f, info, fileTypeName(f))...)
	_, _, targets := check.MapTargets(f, info, "__gorunrt", fileTypeName(f), true, func(from, to token.Pos) string { return string(src[tf(from):tf(to)]) })
	spans = append(check.DropInside(spans, targets), targets...)
	text := func(from, to token.Pos) string { return string(src[tf(from):tf(to)]) }
	spans = append(spans, check.ZeroResults(f, info, text)...)
	spans = append(append(spans, check.PanicNils(f, info, "__gorunrt")...), check.PanicTexts(f, info, "__gorunrt", text)...)
	spans = append(append(spans, check.BlankDerefs(f, info)...), check.TypeVerbs(f, info, dyn, "__gorunrt")...)
	spans = append(append(spans, check.DefinedTypes(f, info, fileTypeName(f))...), check.ReflectNames(f, info)...)
	spans = append(spans, check.TypedConsts(f, info, fileTypeName(f))...)
	spans = append(spans, check.NewExprs(f, info, fileTypeName(f))...)
	_, _, nilCases := check.NilCaseSwitches(f, info, fileTypeName(f))
	spans = append(spans, nilCases...)
	spans = append(spans, check.UnboundTypeSwitches(f, info, func(ts *ast.TypeSwitchStmt) bool { return spanAt(nilCases, ts.Pos()) })...)
	_, _, chans := check.ChanRanges(f, info)
	spans = append(check.DropLoopCopies(spans, chans), chans...)
	_, _, closures := check.NativeClosures(f, info, fileTypeName(f))
	spans = append(append(spans, check.Redefines(f, info, nil, text)...), closures...)
	_, _, crashes, more := check.Crashes([]*ast.File{f}, f, info, modernOptions(f, src), src, nil)
	spans = append(spans, check.DropCovered(crashes, spans)...)
	spans = append(spans, check.DropInside(check.ConstMinMax(f, info, fileTypeName(f)), spans)...)
	spans = append(spans, check.DropCovered(check.IotaSpecs(f, info, fileTypeName(f), text), spans)...) // a spec Crashes writes out is its
	decls = append(decls, more...)
	lens := check.ConstLens(f, info, spans)
	spans = append(append(spans, check.SelectContinues(f, info)...), check.ReceiveValues(f)...)
	// After SelectContinues: the block around a select goes inside its
	// (check.SelectReceives).
	_, _, selects := check.SelectReceives(f, info, fileTypeName(f), text)
	spans = append(append(check.DropInside(spans, selects), selects...), lens...)
	spans = check.NegativeZeroArgs(f, info, fileTypeName(f), spans, false) // after the renames
	spans = append(spans, check.DropCovered(check.GoroutinePanics(f, info, "__gorunrt", fileTypeName(f)), spans)...)
	beforeDefers := spans // what deferArgs judges (below)
	deferPanics := check.DeferPanics(f, info, fileTypeName(f), spans)
	deferPanics = append(deferPanics, check.DeferSpreads(f, info, fileTypeName(f), append(spans, deferPanics...))...)
	spans = append(spans, deferPanics...) // last: inside the others at the same offsets
	spans = append(spans, initOrder(f, info, spans)...)
	// After the others at the same offsets: a loop's per-iteration copies
	// outside the block it opens around the body, the others' insertions
	// at the body's end inside it.
	spans = append(spans, check.LoopShadowCopies(f, info)...)
	spans = append(spans, check.ConcreteAsserts(f, info, fileTypeName(f), "__gorunrt", spans)...)
	aliases, aliasDecls, names := check.InstanceAliases(f, info, fileTypeName(f))
	for k := range spans {
		spans[k].Text = check.Rename(spans[k].Text, names)
	}
	for k := range decls {
		decls[k].Text = check.Rename(decls[k].Text, names)
	}
	spans = append(spans, check.DropCovered(aliases, spans)...)
	spans = append(spans, check.NameParams(f, spans)...) // outside the texts the others replace
	decls = append(decls, aliasDecls...)
	if d, ok := nameTypes(f, info); ok {
		decls = append(decls, d)
	}
	var closing []edit // after the spans: outside their insertions at the same offset
	ast.Inspect(f, func(n ast.Node) bool {
		if st, ok := n.(ast.Stmt); ok {
			if open, more, ok := parallelAssign(st, info, fileTypeName(f), tf); ok && !rewritten(spans, st) {
				edits = append(edits, open)
				closing = append(closing, more...)
			}
		}
		if vars, body := capturedLoopVars(n, info); len(vars) > 0 && !check.BindsAt(chans, body.Lbrace+1) {
			var b strings.Builder
			for _, v := range vars {
				fmt.Fprintf(&b, " %s := %s;", v, v)
			}
			at := tf(body.Lbrace) + 1
			edits = append(edits, edit{at, at, b.String()})
		}
		// A defer another lowering rewrote is left to it; DeferPanics'
		// catcher inside a deferred literal's body leaves its arguments
		// to deferArgs, unless DeferPanics replaced the whole statement.
		if d, ok := n.(*ast.DeferStmt); ok && !lowered(beforeDefers, d) && !rewritten(deferPanics, d) {
			edits = append(edits, deferArgs(d, info, fileTypeName(f), src, tf, len(edits))...)
		}
		if r, ok := n.(*ast.RangeStmt); ok {
			if more, ok := rangeInt(r, info, src, tf, len(edits)); ok {
				edits = append(edits, more...)
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "println" || b.Name() == "print") {
			helper := "__gorunrt.Println"
			if b.Name() == "print" {
				helper = "__gorunrt.Print"
			}
			edits = append(edits, edit{tf(id.Pos()), tf(id.End()), helper})
		}
		return true
	})
	// log's Lshortfile and Llongfile name the program's file and line
	// (refused, in refuse, where a use cannot be lowered); last: the
	// method's name others rewrite is gone from the call.
	logs, _ := check.LogPositions(f, info, "__gorunrt", path, func(pos token.Pos) int { return 1 + bytes.Count(src[:tf(pos)], []byte("\n")) }, spans)
	spans = append(check.DropInside(spans, logs), logs...)
	for _, sp := range spans {
		edits = append(edits, edit{tf(sp.Pos), tf(sp.End), sp.Text})
	}
	edits = append(edits, closing...)
	edits = append(edits, hoistZeroVars(f, src, tf, edits)...)
	if len(edits) == 0 && len(decls) == 0 {
		return src, nil // (the declarations alone count: a struct embedding slog.Handler whose promoted methods Crashes writes out)
	}
	// At one offset, an insertion before a replacement starting there (an
	// opening around the replaced text: %T's func(any) string { … }( before
	// the generic call's name it renames).
	sort.SliceStable(edits, func(a, b int) bool {
		if edits[a].off != edits[b].off {
			return edits[a].off < edits[b].off
		}
		return edits[a].end == edits[a].off && edits[b].end > edits[b].off
	})
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.off < last {
			// Two lowerings of the same code: a bug of divergo's, reported
			// as such rather than run half-rewritten.
			return nil, fmt.Errorf("internal error: two rewrites of the program overlap at offset %d; please report it with the program", e.off)
		}
		b.Write(src[last:e.off])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	// The template functions the lowerings call, after the program.
	for _, d := range decls {
		b.WriteString("\n\n" + d.Text)
	}
	// The import joins the package clause's line (lowerAsserts may have
	// written it already).
	out := b.Bytes()
	for _, is := range f.Imports {
		if is.Path.Value == strconv.Quote(rtPath) {
			return out, nil
		}
	}
	at := tf(f.Name.End())
	imp := []byte("; import __gorunrt \"" + rtPath + "\"")
	return append(append(append([]byte(nil), out[:at]...), imp...), out[at:]...), nil
}

// hoistZeroVars moves the package-level var declarations without values
// (var counter int) to the end of the imports' line: the interpreter
// initialised them where they stand, after the variables whose
// initialisers ran before them had changed them (var x = next(); var
// counter int, next incrementing counter, left counter 0 where Go has 1).
// Go gives such variables their zero value before any initialiser, so
// their place does not matter. A declaration on one line, which no other
// lowering touches, is moved; its line stays, empty, so that line numbers
// hold.
func hoistZeroVars(f *ast.File, src []byte, tf func(token.Pos) int, others []edit) []edit {
	var anchor token.Pos
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			anchor = gd.End()
		}
	}
	if !anchor.IsValid() {
		return nil
	}
	var moved []string
	var out []edit
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		from, to := tf(gd.Pos()), tf(gd.End())
		text := string(src[from:to])
		if strings.Contains(text, "\n") {
			continue
		}
		zero := true
		for _, sp := range gd.Specs {
			if vs := sp.(*ast.ValueSpec); len(vs.Values) > 0 {
				zero = false
			}
		}
		touched := false
		for _, e := range others {
			if e.off < to && e.end > from || e.off == from {
				touched = true
			}
		}
		if !zero || touched {
			continue
		}
		moved = append(moved, text)
		out = append(out, edit{from, to, ""})
	}
	if len(moved) == 0 {
		return nil
	}
	at := tf(anchor)
	return append(out, edit{at, at, "; " + strings.Join(moved, "; ")})
}

// parallelAssign lowers an assignment of several values at once with a
// value that is not a constant (lower.FindParallelAssign): the interpreter
// loses values there, silently (a, b = one(), 4 left b as it was). The
// values come from a function literal instead, whose results the
// interpreter assigns right, each value computed in a statement of its own
// (returning several appends at once, the interpreter gave each the last
// one's result: a, b = append(a, 1), append(b, 2) made both [2]):
//
//	a, b = one(), 4   →   a, b = func() (int, int) { var __pv0 int = one(); var __pv1 int = 4; return __pv0, __pv1 }()
//
// The edits insert, or replace the commas between the values, so that
// other lowerings inside the values stay (the commas' edits go after
// theirs: see closing).
func parallelAssign(st ast.Stmt, info *types.Info, typeName func(types.Type) (string, bool), tf func(token.Pos) int) (open edit, more []edit, ok bool) {
	as, ok := cellower.FindParallelAssign(st)
	if !ok || len(as.Lhs) != len(as.Rhs) || len(check.MapElementTargets(as, info)) > 0 { // check.MapTargets
		return edit{}, nil, false
	}
	if !needsValues(as, info) {
		if recoverValues(as, info) {
			return recoverAssign(as, results0(as, info, typeName), tf)
		}
		return edit{}, nil, false
	}
	var results []string
	for k, l := range as.Lhs {
		t := info.TypeOf(l)
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			t = types.Default(info.TypeOf(as.Rhs[k]))
		}
		if t == nil {
			return edit{}, nil, false
		}
		name, ok := typeName(t)
		if !ok {
			return edit{}, nil, false
		}
		results = append(results, name)
	}
	var vars []string
	for k := 1; k < len(as.Rhs); k++ {
		v := fmt.Sprintf("__pv%d", k)
		more = append(more, edit{tf(as.Rhs[k-1].End()), tf(as.Rhs[k].Pos()), fmt.Sprintf("; var %s %s = ", v, results[k])})
	}
	for k := range as.Rhs {
		vars = append(vars, fmt.Sprintf("__pv%d", k))
	}
	from, to := tf(as.Rhs[0].Pos()), tf(as.Rhs[len(as.Rhs)-1].End())
	open = edit{from, from, "func() (" + strings.Join(results, ", ") + ") { var __pv0 " + results[0] + " = "}
	return open, append(more, edit{to, to, "; return " + strings.Join(vars, ", ") + " }()"}), true
}

// recoverValues reports whether a value of as calls recover.
func recoverValues(as *ast.AssignStmt, info *types.Info) bool {
	found := false
	for _, r := range as.Rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
					if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// results0 are the types of as's targets as the program writes them, or
// nil.
func results0(as *ast.AssignStmt, info *types.Info, typeName func(types.Type) (string, bool)) []string {
	var out []string
	for k, l := range as.Lhs {
		t := info.TypeOf(l)
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			t = types.Default(info.TypeOf(as.Rhs[k]))
		}
		if t == nil {
			return nil
		}
		name, ok := typeName(t)
		if !ok {
			return nil
		}
		out = append(out, name)
	}
	return out
}

// recoverAssign lowers a parallel assignment to names of values one of
// which calls recover, which must stay the deferred function's own call
// (a function literal's would recover nothing): the values go into
// variables of a block, in order, and are then assigned one by one.
//
//	r, n = recover(), 1   →   { var __pv0 any = recover(); var __pv1 int = 1; r = __pv0; n = __pv1 }
func recoverAssign(as *ast.AssignStmt, results []string, tf func(token.Pos) int) (edit, []edit, bool) {
	if results == nil {
		return edit{}, nil, false
	}
	var sets []string
	for k, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return edit{}, nil, false
		}
		if id.Name != "_" {
			sets = append(sets, fmt.Sprintf("%s = __pv%d", id.Name, k))
		}
	}
	var more []edit
	for k := 1; k < len(as.Rhs); k++ {
		more = append(more, edit{tf(as.Rhs[k-1].End()), tf(as.Rhs[k].Pos()), fmt.Sprintf("; var __pv%d %s = ", k, results[k])})
	}
	end := tf(as.Rhs[len(as.Rhs)-1].End())
	more = append(more, edit{end, end, "; " + strings.Join(sets, "; ") + " }"})
	return edit{tf(as.Pos()), tf(as.Rhs[0].Pos()), "{ var __pv0 " + results[0] + " = "}, more, true
}

// needsValues reports whether a parallel assignment needs its values
// from a function literal: one makes a call (not a conversion, len or
// cap) or receives, or a target or a value is of an interface type.
// Without those the interpreter assigns as Go does, and the literal cost
// much (a, b = b, a+b ran 14 times slower).
func needsValues(as *ast.AssignStmt, info *types.Info) bool {
	if recoverValues(as, info) {
		return false // recover must stay the deferred function's own call (recoverAssign)
	}
	for _, l := range as.Lhs {
		if t := info.TypeOf(l); t == nil || types.IsInterface(t) {
			return true
		}
	}
	found := false
	for _, r := range as.Rhs {
		if t := info.TypeOf(r); t == nil || types.IsInterface(t) {
			return true
		}
		ast.Inspect(r, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				found = true
			case *ast.UnaryExpr:
				found = found || n.Op == token.ARROW
			case *ast.CallExpr:
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					return true // a conversion
				}
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
					if b, builtin := info.Uses[id].(*types.Builtin); builtin && (b.Name() == "len" || b.Name() == "cap") {
						return true // append is not: a, b = x, append(b, 1) lost x
					}
				}
				found = true
			}
			return !found
		})
	}
	return found
}

// modernOptions are check.Modern's options for the program f.
func modernOptions(f *ast.File, src []byte) check.ModernOptions {
	return check.ModernOptions{Where: "the program", TypeName: fileTypeName(f), Runtime: "__gorunrt", Builtins: true,
		Text: func(from, to token.Pos) string { return string(src[from-f.FileStart : to-f.FileStart]) }}
}

// deferArgs makes a defer evaluate its arguments when it runs, as Go does;
// the interpreter evaluates them when the function returns (x := 1; defer
// fmt.Println(x); x = 2 printed 2). The arguments that are not constants go
// first into temporaries of a block around the statement:
//
//	defer f(x, 1)   →   { __df3_0 := x; defer f(__df3_0, 1) }
//	defer t.Show()  →   { __df4_r := t; defer __df4_r.Show() }   (value receiver)
//
// A deferred function literal's arguments too (defer func(m int) {…}(n);
// n = 2 printed 2), unless check.Boundary lowered it. n makes the names
// unique.
func deferArgs(d *ast.DeferStmt, info *types.Info, typeName func(types.Type) (string, bool), src []byte, tf func(token.Pos) int, n int) []edit {
	nested := false
	for _, a := range d.Call.Args {
		ast.Inspect(a, func(m ast.Node) bool {
			if _, ok := m.(*ast.FuncLit); ok {
				nested = true // its body may hold other lowerings
			}
			return !nested
		})
	}
	if _, lit := ast.Unparen(d.Call.Fun).(*ast.FuncLit); !lit {
		ast.Inspect(d.Call.Fun, func(m ast.Node) bool {
			if _, ok := m.(*ast.FuncLit); ok {
				nested = true
			}
			return !nested
		})
	}
	if nested {
		return nil
	}
	var temps, vals []string
	var out []edit
	// A method with a value receiver gets a copy of the receiver made
	// now, as Go's defer does (the interpreter read it when the call ran).
	// So does a pointer receiver (the pointer now), an interface's value,
	// the address of a variable for its pointer method, and *p for a
	// value method through a pointer p (check.MethodReceivers lowers
	// the program's methods; this, the standard library's).
	if sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && len(s.Index()) == 1 {
			if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
				_, ptrRecv := sig.Recv().Type().(*types.Pointer)
				_, xPtr := s.Recv().(*types.Pointer)
				// Through a new slice's element, which the interpreter
				// keeps per execution (a define in a loop's block it
				// reused: the last receiver each time).
				x := string(src[tf(sel.X.Pos()):tf(sel.X.End())])
				rt := s.Recv()
				switch {
				case types.IsInterface(rt):
				case ptrRecv && !xPtr:
					// The address: needed for a variable of the program's
					// type a loop makes anew (MethodReceivers' case); a
					// variable of the standard library's (defer
					// wg.Done(), mu.Unlock()) keeps its address.
					x, rt = "&("+x+")", types.NewPointer(rt)
					if !info.Types[sel.X].Addressable() || !fromProgram(s.Recv()) {
						rt = nil
					}
				case !ptrRecv && xPtr:
					x, rt = "*("+x+")", rt.(*types.Pointer).Elem()
				}
				val := ""
				if rt != nil {
					if name, ok := typeName(rt); ok {
						val = "[]" + name + "{" + x + "}[0]"
					}
				}
				if val != "" {
					t := fmt.Sprintf("__df%d_r", n)
					temps = append(temps, t)
					vals = append(vals, val)
					out = append(out, edit{tf(sel.X.Pos()), tf(sel.X.End()), t})
				}
			}
		}
	}
	for k, a := range d.Call.Args {
		if tv, ok := info.Types[a]; ok && tv.Value != nil || isNilIdent(a) {
			continue // a constant: the same whenever evaluated
		}
		t := fmt.Sprintf("__df%d_%d", n, k)
		temps = append(temps, t)
		vals = append(vals, string(src[tf(a.Pos()):tf(a.End())]))
		out = append(out, edit{tf(a.Pos()), tf(a.End()), t})
	}
	if len(temps) == 0 {
		return nil
	}
	// One define each, in order (the interpreter's list assignment of
	// values holding a call zeroed those before it).
	var defs strings.Builder
	for k := range temps {
		defs.WriteString(temps[k] + " := " + vals[k] + "; ")
	}
	open := edit{tf(d.Pos()), tf(d.Pos()), "{ " + defs.String()}
	return append(append([]edit{open}, out...), edit{tf(d.End()), tf(d.End()), " }"})
}

// lowered reports whether check.Boundary lowers something inside n (whose
// text deferArgs would then copy unlowered).
// rewritten reports whether a span replaces the start of statement st
// (check.IndexGuard's assignOrderMulti: the whole assignment is its;
// check.DeferPanics' wrapDeferred: the whole defer).
func rewritten(spans []check.Span, st ast.Stmt) bool {
	for _, sp := range spans {
		if sp.Pos == st.Pos() && sp.End > sp.Pos {
			return true
		}
	}
	return false
}

func lowered(spans []check.Span, n ast.Node) bool {
	for _, sp := range spans {
		if sp.Pos >= n.Pos() && sp.End <= n.End() {
			return true
		}
	}
	return false
}

func isNilIdent(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && id.Name == "nil"
}

// rangeInt lowers a range over an integer (Go 1.22), which the interpreter
// cannot run, to a three-clause loop over a hidden counter and a bound
// read once, the loop's variable set from the counter at the start of each
// iteration — so the body may change the bound (even through a pointer) or
// its copy of the variable without changing the iterations, as in Go:
//
//	for i := range n {   →   for __gorunI1, __gorunN1 := T(0), T(n); __gorunI1 < __gorunN1; __gorunI1++ { i := __gorunI1; _ = i;
//	for x = range n {    →   for __gorunI1, __gorunN1 := T(0), T(n); __gorunI1 < __gorunN1; __gorunI1++ { x = __gorunI1;
//
// T is the bound's type (int for an untyped constant). It returns the
// edits of the header and of the body's start.
func rangeInt(r *ast.RangeStmt, info *types.Info, src []byte, tf func(token.Pos) int, k int) ([]edit, bool) {
	if !rangeIntLowerable(r, info) {
		return nil, false
	}
	typ := "int"
	if tv := info.Types[r.X]; tv.Value == nil || !isUntyped(tv.Type) {
		typ = types.TypeString(tv.Type, func(p *types.Package) string {
			if p.Name() == "main" {
				return ""
			}
			return p.Name()
		})
	}
	i, n := fmt.Sprintf("__gorunI%d", k), fmt.Sprintf("__gorunN%d", k)
	// The operand stays where it is, with the other lowerings inside it
	// (min(len(a), len(b))).
	head, tail := fmt.Sprintf("%s, %s := %s(0), %s(", i, n, typ, typ), fmt.Sprintf("); %s < %s; %s++", i, n, i)
	var prologue string
	if id, isID := r.Key.(*ast.Ident); isID && id.Name == "_" {
		// nothing to set
	} else if r.Key != nil && r.Tok == token.DEFINE {
		prologue = fmt.Sprintf(" %s := %s; _ = %[1]s;", id.Name, i)
	} else if r.Key != nil {
		prologue = fmt.Sprintf(" %s = %s;", string(src[tf(r.Key.Pos()):tf(r.Key.End())]), i)
	}
	from := tf(r.Range)
	if r.Key != nil {
		from = tf(r.Key.Pos())
	}
	at := tf(r.Body.Lbrace) + 1
	return []edit{{from, tf(r.X.Pos()), head}, {tf(r.X.End()), tf(r.X.End()), tail}, {at, at, prologue}}, true
}

// rangeIntLowerable reports whether rangeInt can lower r: a range over an
// integer.
func rangeIntLowerable(r *ast.RangeStmt, info *types.Info) bool {
	return check.IntegerType(info.TypeOf(r.X)) && r.Value == nil
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// nameTypes returns an init function that gives the runtime the names of
// the program's struct and array types (check.NameTypes), for the runtime
// errors that name one: Go says "hash of unhashable type main.P" where the
// interpreter's reflection wrote the structure, struct { Name string; Tags
// []string }. The types declared at package level, not generic.
func nameTypes(f *ast.File, info *types.Info) (check.FuncDecl, bool) {
	var args []string
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			if ts.TypeParams != nil || ts.Assign.IsValid() || ts.Name.Name == "_" {
				continue
			}
			obj := info.Defs[ts.Name]
			if obj == nil {
				continue
			}
			switch obj.Type().Underlying().(type) {
			case *types.Struct, *types.Array:
				args = append(args, fmt.Sprintf("%q, %s{}", "main."+ts.Name.Name, ts.Name.Name))
			}
		}
	}
	if len(args) == 0 {
		return check.FuncDecl{}, false
	}
	return check.FuncDecl{Name: "init", Text: "func init() { __gorunrt.NameTypes(" + strings.Join(args, ", ") + ") }"}, true
}

// capturedLoopVars returns the variables a for or range statement n
// defines that its body captures in a function literal, a go statement or
// with &, and the body; nil when there are none. A three-clause loop whose
// body may also change the variable (check.ChangesVar) is left to
// check.LoopCopyBack, or refused (check.LoopCopyRefusal).
func capturedLoopVars(n ast.Node, info *types.Info) ([]string, *ast.BlockStmt) {
	var ids []*ast.Ident
	var body *ast.BlockStmt
	switch n := n.(type) {
	case *ast.RangeStmt:
		if n.Tok != token.DEFINE || rangeIntLowerable(n, info) || check.PointerArrayValueRange(n, info) {
			return nil, nil // rangeInt declares the variable per iteration
		}
		for _, x := range []ast.Expr{n.Key, n.Value} {
			if x == n.Key && check.RenamedRangeKey(n, info) {
				continue // RangeKeys declares it per iteration
			}
			if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
				ids = append(ids, id)
			}
		}
		body = n.Body
	case *ast.ForStmt:
		as, ok := n.Init.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			return nil, nil
		}
		for _, x := range as.Lhs {
			if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
				ids = append(ids, id)
			}
		}
		body = n.Body
	default:
		return nil, nil
	}
	shadowed, _, _ := check.ShadowedLoopVars(n, info)
	var vars []string
	for _, id := range ids {
		obj := info.Defs[id]
		if _, loop := n.(*ast.ForStmt); loop && obj != nil && check.ChangesVar(body, obj, info) {
			continue // changed in the body: check.LoopCopyBack's
		}
		if slices.Contains(shadowed, id.Name) {
			continue // the body declares another of the name: check.LoopShadowCopies'
		}
		if obj != nil && check.CapturedVar(body, obj, info) {
			vars = append(vars, id.Name)
		}
	}
	return vars, body
}

// runtimeSymbols are the helpers, for the interpreter's symbol table.
func runtimeSymbols(stderr io.Writer) map[string]reflect.Value {
	syms := check.ModernSymbols()
	for k, v := range map[string]reflect.Value{
		"Println": reflect.ValueOf(func(args ...any) {
			var b []byte
			for i, a := range args {
				if i > 0 {
					b = append(b, ' ')
				}
				b = appendPrint(b, a)
			}
			stderr.Write(append(b, '\n'))
		}),
		"Print": reflect.ValueOf(func(args ...any) {
			var b []byte
			for _, a := range args {
				b = appendPrint(b, a)
			}
			stderr.Write(b)
		}),
	} {
		syms[k] = v
	}
	return syms
}

// appendPrint appends a value as Go's builtin print writes it: numbers as
// fmt's %v writes them, pointers and the like as addresses.
func appendPrint(b []byte, a any) []byte {
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(b, v.Uint(), 10)
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		// Since Go 1.26 (measured with go1.26.8), as fmt's %v: 2.5, 1e+300, (3+4i).
		return fmt.Append(b, a)
	case reflect.String:
		return append(b, v.String()...)
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return append(b, "0x"+strconv.FormatUint(uint64(v.Pointer()), 16)...)
	case reflect.Slice:
		return append(b, "["+strconv.Itoa(v.Len())+"/"+strconv.Itoa(v.Cap())+"]0x"+strconv.FormatUint(uint64(v.Pointer()), 16)...)
	case reflect.Invalid:
		return append(b, "nil"...)
	}
	return append(b, "(0x0,0x0)"...)
}

// fromProgram reports whether t is a named type of the program.
func fromProgram(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
}

// spanAt reports whether one of spans starts at pos.
func spanAt(spans []check.Span, pos token.Pos) bool {
	for _, sp := range spans {
		if sp.Pos == pos {
			return true
		}
	}
	return false
}
