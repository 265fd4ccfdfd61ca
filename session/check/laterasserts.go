package check

// What code of an earlier cell looks for on a value that a later cell's
// types come to answer
//
// A cell's assertion of an any (or an error, or another interface) to an
// interface with methods is refused while a type of the session
// implements it (assertInterface): the interpreter (yaegi v0.16.1)
// answers it unlike Go for values of cells' types — false for a *T
// stored in an error (err.(Temporary)), true for a T whose methods have
// pointer receivers (v.(fmt.Stringer) of an S{}), false for a method
// promoted from an embedded field, or it stops in reflect or with a nil
// dereference when the result is used. Likewise a function of the
// standard library that looks for a method of a value it is given
// through an interface (io.WriteString looks for WriteString,
// optionalMethods) is refused while a type of the session has it. Both
// are judged with the types the cell knows; a function of an earlier
// cell was judged before later cells' types and methods existed:
//
//	func isStr(v any) bool { _, ok := v.(fmt.Stringer); return ok }
//	type S struct{}
//	func (*S) String() string { return "s" }
//	isStr(S{})   // Go: false; the interpreter: true
//
// So such code records, for later cells, what a type must have to meet
// it (the interface's methods, and the method probed): "meets:" keys in
// reached. A later cell is refused where a value of a type that meets
// one is stored in an interface of interpreted code (not given straight
// to the standard library: fmt.Println(S{}) stays), and where it declares
// a method that makes a type meet one while values of the type were
// stored in an interface by earlier cells (they may reach the function
// with no store in the cell that calls it).
//
// The same holds for a method the standard library looks for on a value
// an earlier cell stored in one of its interfaces (error, fmt.Stringer…):
// the interpreter's wrapper there keeps the methods the type had then,
// so a later Unwrap (Format, Is, As…) is not found by errors.Is (fmt…)
// where Go's finds it; storing a value with such a method there is
// refused already (lostMethods), so its declaration is refused.

import (
	"go/ast"
	"go/types"
	"slices"
	"sort"
	"strings"
)

// laterState is what a cell's check learns for later cells' keys in
// reached (laterFlush).
type laterState struct {
	// stored: "T" or "*T" for the program's types whose values (or
	// pointers) the cell stores in an interface of interpreted code;
	// native: the same, with the interface of the standard library and
	// the probed methods it has ("*T\x00error\x00Error").
	stored map[string]bool
	native map[string]bool
	// own: f is the session's own cell assigning __divergoAsError (0:
	// not known yet, 1: no, 2: yes)
	own int
}

// sessionOwn reports whether f assigns the session's __divergoAsError
// (package session's errorTypes): its stores are no cell's.
func (b *boundary) sessionOwn() bool {
	l := b.laterS()
	if l.own == 0 {
		l.own = 1
		ast.Inspect(b.file, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
				if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name == "__divergoAsError" {
					l.own = 2
				}
			}
			return l.own == 1
		})
	}
	return l.own == 2
}

func (b *boundary) laterS() *laterState {
	if b.later == nil {
		b.later = &laterState{stored: map[string]bool{}, native: map[string]bool{}}
	}
	return b.later
}

// methodKey writes a method for keys: its name and its signature without
// parameter names ("Size ()(int)"); sig nil writes the name alone, which
// any signature meets.
func methodKeyOf(name string, sig *types.Signature) string {
	if sig == nil {
		return name + " ?"
	}
	var sb strings.Builder
	sb.WriteString(name + " (")
	for i := 0; i < sig.Params().Len(); i++ {
		if i > 0 {
			sb.WriteString(",")
		}
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			if s, ok := t.(*types.Slice); ok {
				sb.WriteString("..." + types.TypeString(s.Elem(), relative))
				continue
			}
		}
		sb.WriteString(types.TypeString(t, relative))
	}
	sb.WriteString(")(")
	for i := 0; i < sig.Results().Len(); i++ {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(types.TypeString(sig.Results().At(i).Type(), relative))
	}
	sb.WriteString(")")
	return sb.String()
}

// requirements are the methods of it as keys, joined by ";".
func requirements(it *types.Interface, extra ...string) string {
	var ms []string
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		ms = append(ms, methodKeyOf(m.Name(), m.Type().(*types.Signature)))
	}
	ms = append(ms, extra...)
	sort.Strings(ms)
	return strings.Join(ms, ";")
}

// meetsReqs reports whether t has every method reqs names, and whether
// one of those is declared in f (between from and to).
func meetsReqs(t types.Type, reqs string, f *ast.File) (meets, here bool) {
	ms := types.NewMethodSet(t)
	for _, m := range strings.Split(reqs, ";") {
		name, sig, _ := strings.Cut(m, " ")
		sel := methodNamed(ms, t, name)
		if sel == nil {
			return false, false
		}
		fn, ok := sel.Obj().(*types.Func)
		if !ok {
			return false, false
		}
		if sig != "?" && methodKeyOf(name, fn.Type().(*types.Signature)) != m {
			return false, false
		}
		if f != nil && fn.Pos() >= f.FileStart && fn.Pos() < f.FileEnd {
			here = true
		}
	}
	return true, here
}

// assertsLater records, for later cells, x.(I) (or case I:) in code of
// the cell that runs later (a function, a function literal), I an
// interface with methods: it was judged (assertInterface) with the
// session's types of now.
func (b *boundary) assertsLater(x, typ ast.Expr) {
	if b.reached == nil || x == nil || b.inHelper {
		return
	}
	from, t := b.info.TypeOf(x), b.info.TypeOf(typ)
	if from == nil || t == nil || b.info.Types[typ].IsNil() || hasTypeParam(from) || hasTypeParam(t) || !types.IsInterface(from) {
		return
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return
	}
	if programNamed(from) == nil && types.Identical(t, errorType) {
		return // the session's __divergoAsError asks the session's types as they are now
	}
	code := b.laterCode(x)
	if code == "" {
		return
	}
	what := "asserts " + article(typeString(from)) + " to " + typeString(t)
	kind := "a"
	if fi, ok := from.Underlying().(*types.Interface); ok && fi.NumMethods() == 0 && nativeInterface(t) {
		kind = "A" // from an any to fmt.Stringer…: see directValue
	}
	b.laterKeys = append(b.laterKeys, "meets:"+code+"\x00"+kind+"\x00"+what+"\x00"+requirements(it))
}

// probedLater records, for later cells, code of the cell that runs later
// giving fn of the standard library a value of the interface type from,
// on which fn looks for the method m (optionalMethods).
func (b *boundary) probedLater(x ast.Expr, fn string, from types.Type, m string) {
	if b.reached == nil {
		return
	}
	it, ok := from.Underlying().(*types.Interface)
	if !ok || hasTypeParam(from) {
		return
	}
	code := b.laterCode(x)
	if code == "" {
		return
	}
	what := fn + "\x00" + m + "\x00" + typeString(from)
	b.laterKeys = append(b.laterKeys, "meets:"+code+"\x00p\x00"+what+"\x00"+requirements(it, methodKeyOf(m, nil)))
}

// laterKey is a "meets:" key, read.
type laterKey struct {
	code, kind, reqs string
	what             []string
}

// meetsKeys are the "meets:" keys of earlier cells' code, but for the
// functions f declares again (judged anew).
func (b *boundary) meetsKeys() []laterKey {
	again := map[string]bool{}
	for _, d := range b.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			again[fd.Name.Name] = true
		}
	}
	var out []laterKey
	for _, key := range laterRests(b.reached, "later:meets:") {
		parts := strings.Split(key, "\x00")
		if len(parts) < 4 || again[parts[0]] {
			continue
		}
		out = append(out, laterKey{code: parts[0], kind: parts[1], what: parts[2 : len(parts)-1], reqs: parts[len(parts)-1]})
	}
	return out
}

// storedMeets refuses, in a cell, storing a value of the program's type
// from in an interface of interpreted code while code of an earlier cell
// looks for methods that from (or its pointer) has (meetsKeys), and notes
// the store for later cells (laterFlush). call is the call x is an
// argument of, or nil.
func (b *boundary) storedMeets(x ast.Expr, from, to types.Type, call *ast.CallExpr) {
	named := programNamed(from)
	if b.reached == nil || named == nil || types.IsInterface(from) {
		return
	}
	form := named.Obj().Name()
	if _, ptr := from.(*types.Pointer); ptr {
		form = "*" + form
	}
	if call != nil {
		if fn, native := b.native(call); native {
			// Given straight to the standard library: kept only where the
			// result holds it (errors.Join, fmt.Errorf's %w…).
			pkg, name, _ := strings.Cut(fn, ".")
			if nativeInterface(to) && !(pkg == "fmt" && name != "Errorf") && pkg != "log" {
				b.noteNative(form, to)
			}
			return
		}
	}
	if b.sessionOwn() {
		return // the session's __divergoAsError, assigned anew (package session's errorTypes)
	}
	b.laterS().stored[named.Obj().Name()] = true
	if nativeInterface(to) {
		b.noteNative(form, to)
	}
	keys := b.meetsKeys()
	if call != nil {
		// The function x is given to first.
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			sort.SliceStable(keys, func(i, j int) bool { return keys[i].code == id.Name && keys[j].code != id.Name })
		}
	}
	for _, k := range keys {
		if k.kind == "v" {
			// badVerbAny: fmt's complaint for a verb that does not fit
			// names the type in Go, its underlying type here.
			if c := misfitVerb(from, strings.Split(k.reqs, ";")); c != 0 {
				b.refuse(x, "%s stored in %s while %s, declared in an earlier cell, %s: %%%c does not fit %[1]s, and Go's complaint names its type (%%!%[5]c(main.%[6]s=…)), where the interpreter's would name its underlying type. Not supported: use %%v there, or a verb for the value's kind",
					article(typeString(from)), article(typeString(to)), k.code, k.what[0], c, named.Obj().Name())
				return
			}
			continue
		}
		t := types.Type(named)
		m, _ := meetsReqs(t, k.reqs, nil)
		if !m {
			t = types.NewPointer(named)
			m, _ = meetsReqs(t, k.reqs, nil)
		}
		if !m || k.kind == "A" && directValue(from, k.reqs) {
			continue
		}
		if k.kind == "m" {
			// A mirror's type switch (printable.go): a value whose own
			// method set has the printing method, of a type it does not
			// know.
			if own, _ := meetsReqs(from, k.reqs, nil); !own || slices.Contains(strings.Split(k.what[1], ","), typeString(from)) {
				continue
			}
			remedy := redo(k.code) + " now that " + typeString(from) + " is declared"
			if strings.HasPrefix(k.code, "a method ") {
				remedy = "declare " + typeString(from) + " before " + k.code + " (a method cannot be declared again; .reset starts over)"
			}
			b.refuse(x, "%s stored in %s while %s, declared in an earlier cell, %s, which did not include %s: fmt would print it unlike Go. Not supported: %s",
				article(typeString(from)), article(typeString(to)), k.code, k.what[0], typeString(from), remedy)
			return
		}
		if k.kind == "s" {
			// printSpacing: fmt's Print would space a value of a
			// string kind.
			if isPointer(from) || !stringKindPrinter(named) {
				continue
			}
			b.refuse(x, "%s stored in %s while %s, declared in an earlier cell, %s: %s's kind is string, and Print puts no space next to it in Go, where the interpreter would (it gives fmt a struct of its own). Not supported: print it with Printf's %%v there (%s)",
				article(typeString(from)), article(typeString(to)), k.code, k.what[0], typeString(from), redo(k.code))
			return
		}
		if k.kind == "p" {
			if !reachesProbe(to, k.reqs) {
				continue // io.StringWriter holds no io.Writer
			}
			fn, method, iface := k.what[0], k.what[1], k.what[2]
			b.refuse(x, "%s stored in %s while %s, declared in an earlier cell, gives %s %s: Go's %[4]s calls %[7]s's %[6]s method; the interpreter gives it a wrapper without that method, so it would not be called. Not supported yet: %[8]s",
				article(typeString(from)), article(typeString(to)), k.code, fn, article(iface), method, typeString(t), probeHint(fn, method))
			return
		}
		b.refuse(x, "%s stored in %s while %s, declared in an earlier cell, %s, which %s implements: the interpreter's assertion of a value of a cell's type to an interface type answers unlike Go (false where Go's is true, true for methods with a pointer receiver, or a crash). Not supported: %[6]s asserting to the concrete types (v.(%[5]s)) or with a type switch over them",
			article(typeString(from)), article(typeString(to)), k.code, k.what[0], typeString(t), redo(k.code))
		return
	}
}

// redo says how to judge the code a key is of anew: declare the
// function again, or assign the function literal again.
func redo(code string) string {
	if code == "a function literal" {
		return "write the function literal again"
	}
	return "declare " + code + " again"
}

// directValue reports whether t, a type of the program that is not a
// struct nor a pointer (type Temp float64), has the methods reqs names
// itself, with value receivers: the one case where the interpreter's
// assertion of an any to an interface of the standard library (and the
// use of its result) was measured right (a Temp as a fmt.Stringer); for
// a struct it stopped with a nil dereference, for a *T in reflect.
func directValue(t types.Type, reqs string) bool {
	if _, ok := t.Underlying().(*types.Struct); ok {
		return false
	}
	if _, ok := t.(*types.Named); !ok {
		return false
	}
	ms := types.NewMethodSet(t)
	for _, m := range strings.Split(reqs, ";") {
		name, _, _ := strings.Cut(m, " ")
		sel := ms.Lookup(nil, name)
		if sel == nil || len(sel.Index()) != 1 {
			return false
		}
	}
	return true
}

// reachesProbe reports whether a value stored in the interface type to
// may be given on as the interface a probe key's reqs describe (its
// methods, and the probed one by name): to is empty, or has those
// methods.
func reachesProbe(to types.Type, reqs string) bool {
	if it, ok := to.Underlying().(*types.Interface); ok && it.NumMethods() == 0 {
		return true
	}
	var iface []string
	for _, m := range strings.Split(reqs, ";") {
		if !strings.HasSuffix(m, " ?") {
			iface = append(iface, m)
		}
	}
	if len(iface) == 0 {
		return true
	}
	m, _ := meetsReqs(to, strings.Join(iface, ";"), nil)
	return m
}

// probeHint is optionalProbes' workaround for fn's probe of m.
func probeHint(fn, m string) string {
	for _, p := range optionalProbes[fn] {
		if p.method == m {
			return p.workaround
		}
	}
	return "call the method yourself"
}

// noteNative notes a value of form (T or *T) stored in to, an interface
// of the standard library, with the probed methods to has.
func (b *boundary) noteNative(form string, to types.Type) {
	keeps := methodsOf(to)
	var ms []string
	for _, m := range probed {
		if keeps[m] {
			ms = append(ms, m)
		}
	}
	b.laterS().native[form+"\x00"+typeString(to)+"\x00"+strings.Join(ms, ",")] = true
}

// methodsLater refuses, after the walk, a method f declares that makes a
// type of the session meet what code of an earlier cell looks for
// (meetsKeys) while earlier cells stored values of the type in an
// interface, or a method the standard library looks for (probed) on a
// type whose values earlier cells stored in an interface of the standard
// library without it.
func (b *boundary) methodsLater() {
	if b.reached == nil {
		return
	}
	var here bool
	for _, d := range b.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
			here = true
		}
	}
	if !here {
		return
	}
	keys := b.meetsKeys()
	for _, tn := range b.comparableTypes() {
		if tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd {
			continue // declared (again) here: no values of it were stored before
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if b.reached["meetstored:"+tn.Name()] {
				for _, k := range keys {
					if m, added := meetsReqs(t, k.reqs, b.file); m && added {
						if k.kind == "m" && slices.Contains(strings.Split(k.what[1], ","), typeString(t)) {
							continue // the switch gives its text already
						}
						at, name := b.declaredIn(t, k.reqs)
						if k.kind == "m" {
							remedy := "declare " + name + " in one cell with " + k.code + " declared again"
							if k.code == "a function literal" {
								remedy = "write the function literal again after declaring " + name
							} else if strings.HasPrefix(k.code, "a method ") {
								remedy = "declare " + name + " before " + k.code + " (a method cannot be declared again; .reset starts over)"
							}
							b.refuse(at, "%s declared on %s while values of %s were stored in an interface by an earlier cell and %s, declared in an earlier cell, %s, which knew no %[3]s with %[1]s: fmt would print those values unlike Go. Not supported: %[6]s",
								name, typeString(t), tn.Name(), k.code, k.what[0], remedy)
							return
						}
						if k.kind == "p" {
							fn, method, iface := k.what[0], k.what[1], k.what[2]
							b.refuse(at, "%s declared on %s while values of %s were stored in an interface by an earlier cell and %s, declared in an earlier cell, gives %s %s: Go's %[5]s would call the %[7]s method of such a value; the interpreter gives it a wrapper without that method, so it would not be called. Not supported yet: %s",
								name, typeString(t), tn.Name(), k.code, fn, article(iface), method, probeHint(fn, method))
							return
						}
						what := k.what[0]
						b.refuse(at, "%s declared on %s while values of %s were stored in an interface by an earlier cell and %s, declared in an earlier cell, %s, which %[2]s now implements: the interpreter compiled %[4]s before, and would answer unlike Go for those values (an assertion of a cell's type to an interface type is not supported). Not supported: %[6]s first, without it (assert to the concrete types, v.(%[2]s), or use a type switch over them)",
							name, typeString(t), tn.Name(), k.code, what, redo(k.code))
						return
					}
				}
			}
			b.lostLater(tn, t)
		}
	}
}

// lostLater refuses a method f declares that the standard library looks
// for (probed) on t, a type of an earlier cell, while an earlier cell
// stored a t in an interface of the standard library that lacks it.
func (b *boundary) lostLater(tn *types.TypeName, t types.Type) {
	form := tn.Name()
	if _, ptr := t.(*types.Pointer); ptr {
		form = "*" + form
	}
	var keys []string
	for key := range b.reached {
		if rest, ok := strings.CutPrefix(key, "nstored:"+form+"\x00"); ok {
			keys = append(keys, rest)
		}
	}
	sort.Strings(keys)
	ms := types.NewMethodSet(t)
	for _, key := range keys {
		iface, keeps, _ := strings.Cut(key, "\x00")
		has := map[string]bool{}
		for _, m := range strings.Split(keeps, ",") {
			has[m] = true
		}
		for _, m := range probed {
			sel := ms.Lookup(nil, m)
			if sel == nil || has[m] || m == "String" && has["Error"] {
				continue
			}
			if m == "Unwrap" || m == "Is" || m == "As" {
				continue // errors' functions are lowered to call them by the value's type (errwrap.go)
			}
			fn, ok := sel.Obj().(*types.Func)
			if !ok || fn.Pos() < b.file.FileStart || fn.Pos() >= b.file.FileEnd {
				continue
			}
			at := ast.Node(b.file)
			for _, d := range b.file.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && b.info.Defs[fd.Name] == fn {
					at = fd.Name
				}
			}
			hint := "leave " + m + " out, or give the standard library the " + typeString(t) + " itself rather than " + article(iface)
			b.refuse(at, "%s declared on %s after %s was stored in %s by an earlier cell: the interpreter keeps there a wrapper made with the methods %[2]s had then, so the standard library (fmt, encoding/json) would not find %[1]s on it where Go does. Not supported (storing %[3]s with %[1]s in %[4]s is refused too): %[5]s",
				m, typeString(t), article(typeString(t)), article(iface), hint)
			return
		}
	}
}

// declaredIn returns the declaration in f of one of the methods of t
// reqs names, and its name.
func (b *boundary) declaredIn(t types.Type, reqs string) (ast.Node, string) {
	ms := types.NewMethodSet(t)
	for _, m := range strings.Split(reqs, ";") {
		name, _, _ := strings.Cut(m, " ")
		sel := methodNamed(ms, t, name)
		if sel == nil {
			continue
		}
		for _, d := range b.file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && b.info.Defs[fd.Name] == sel.Obj() {
				return fd.Name, name
			}
		}
	}
	return b.file, "a method"
}

// laterFlush writes what f stored for later cells' judgement: the types
// f declares (again) have no values stored before.
func (b *boundary) laterFlush(reached map[string]bool) {
	b.errorStructs(reached)
	declared := map[string]bool{}
	for _, d := range b.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok {
			for _, sp := range gd.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					declared[ts.Name.Name] = true
				}
			}
		}
	}
	for key := range reached {
		var name string
		if rest, ok := strings.CutPrefix(key, "meetstored:"); ok {
			name = rest
		} else if rest, ok := strings.CutPrefix(key, "nstored:"); ok {
			name, _, _ = strings.Cut(strings.TrimPrefix(rest, "*"), "\x00")
		}
		if name != "" && declared[name] {
			delete(reached, key)
		}
	}
	if b.later == nil {
		return
	}
	for name := range b.later.stored {
		reached["meetstored:"+name] = true
	}
	for key := range b.later.native {
		reached["nstored:"+key] = true
	}
}

// errorStructs notes in reached the session's struct types whose values
// (errstruct:T) or pointers (errstruct:*T) are errors, by a method of
// their own or one promoted from an embedded field (type Wrapped struct{
// error }): the session's __divergoAsError asks for each (ErrorStructs).
func (b *boundary) errorStructs(reached map[string]bool) {
	for key := range reached {
		if strings.HasPrefix(key, "errstruct:") {
			delete(reached, key)
		}
	}
	errType := errorType.Underlying().(*types.Interface)
	for _, tn := range b.comparableTypes() {
		if tn.Parent() != tn.Pkg().Scope() {
			continue // a function's own type
		}
		if _, ok := tn.Type().Underlying().(*types.Struct); !ok {
			continue
		}
		if types.Implements(tn.Type(), errType) {
			reached["errstruct:"+tn.Name()] = true
		}
		if types.Implements(types.NewPointer(tn.Type()), errType) {
			reached["errstruct:*"+tn.Name()] = true
		}
	}
}

// ErrorStructs returns the session's struct types T whose values are
// errors ("T") or whose pointers are ("*T"), sorted, as the last checked
// cell saw them; nil when the checker is off.
func (s *Session) ErrorStructs() []string {
	if s.off != "" || s.reached == nil {
		return nil
	}
	var out []string
	for key := range s.reached {
		if name, ok := strings.CutPrefix(key, "errstruct:"); ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// ErrorAssertsBroken notes that the session could not assign its
// __divergoAsError anew for its error types (its cell was refused: two
// types of one structure, a type whose other methods an error would lose),
// or, with reason "", that it could. While it is broken, a cell asserting
// to error is refused: the old function does not know the new types.
func (s *Session) ErrorAssertsBroken(reason string) {
	if s.reached == nil {
		return
	}
	for key := range s.reached {
		if strings.HasPrefix(key, "errorasserts:broken:") {
			delete(s.reached, key)
		}
	}
	if reason != "" {
		s.reached["errorasserts:broken:"+reason] = true
	}
}

// errorAssertsBroken is ErrorAssertsBroken's reason, or "".
func (s *Session) errorAssertsBroken() string {
	for key := range s.reached {
		if reason, ok := strings.CutPrefix(key, "errorasserts:broken:"); ok {
			return reason
		}
	}
	return ""
}
