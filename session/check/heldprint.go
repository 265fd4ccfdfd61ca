package check

// This file extends pendAnyProbed's refusal to values of the program's
// types held inside another value stored in an any: a []Temp, a
// map[string]Temp, a &[]Temp, a struct R{ T Temp }, a *Cfg whose field is
// a Level. The interpreter (yaegi v0.16.1) gives the standard library the
// value an any holds as a plain value, whose elements and fields have
// lost their methods, so Go and the interpreter differed silently:
//
//	var v any = []P{{1}, {2}}; fmt.Println(v)      Go [P1 P2], the interpreter [{1} {2}]
//	show(R{3}) (func show(x any) { fmt.Println(x) })   Go {3.0C}, the interpreter {3}
//	var v any = Order{5}; json.Marshal(v)          Go {"Total":"$5"}, the interpreter {"Total":5}
//	var v any = &c; json.Unmarshal(data, v)       Go calls (*Level).UnmarshalJSON, the interpreter fails
//	fmt.Printf("%T", v) of a []P in an any         Go []main.P, the interpreter []struct { X int }
//
// Such a value counts as storing the types it holds: giving fmt, log or
// encoding/json a value of static type any is refused while one may be
// there, as for the types themselves (pendAnyProbed, heldProbed), and in
// a session a later cell's store or call is refused when a function of an
// earlier cell gives fmt an any (heldLater, heldCallLater). Held through
// exported fields, elements, map keys and values, and pointers; through
// an unexported field only for %T, %+v and %#v (fmt calls no method of an
// unexported field, in Go either). A value printed with its own static
// type ([]P given to fmt.Println) is not concerned: elementTexts lowers
// it, or the nested refusal names it.

import (
	"go/ast"
	"go/types"
	"slices"
	"sort"
	"strings"
)

// A heldNote tells how values of a program type are held inside values
// stored in an any: as values (val) or pointers (ptr), through exported
// fields (shownVal, shownPtr: where the standard library calls their
// methods), and in which stored type first (in).
type heldNote struct {
	val, ptr, shownVal, shownPtr bool
	in                           types.Type
	ins                          []types.Type // all the stored types holding it
}

// heldTypes calls fn for each type of the program (not an interface or a
// generic instance) a value of t holds below its top: in elements, map
// keys and values, struct fields, behind pointers, through named types;
// ptr tells it is held as a pointer, shown that it is reached through
// exported fields only.
func heldTypes(t types.Type, fn func(tn *types.TypeName, ptr, shown bool)) {
	type visit struct {
		t     types.Type
		shown bool
	}
	seen := map[visit]bool{}
	var walk func(t types.Type, shown, top bool)
	walk = func(t types.Type, shown, top bool) {
		t = types.Unalias(t)
		if t == nil || seen[visit{t, shown}] || types.IsInterface(t) {
			return
		}
		seen[visit{t, shown}] = true
		if p, ok := t.(*types.Pointer); ok {
			if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
				if !top && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath && n.TypeArgs().Len() == 0 && !types.IsInterface(n) {
					fn(n.Obj(), true, shown)
				}
				if !seen[visit{n, shown}] {
					seen[visit{n, shown}] = true
					walk(n.Underlying(), shown, false)
				}
				return
			}
		}
		if n, ok := t.(*types.Named); ok {
			if !top && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath && n.TypeArgs().Len() == 0 {
				fn(n.Obj(), false, shown)
			}
			walk(n.Underlying(), shown, false)
			return
		}
		switch u := t.(type) {
		case *types.Pointer:
			walk(u.Elem(), shown, false)
		case *types.Slice:
			walk(u.Elem(), shown, false)
		case *types.Array:
			walk(u.Elem(), shown, false)
		case *types.Map:
			walk(u.Key(), shown, false)
			walk(u.Elem(), shown, false)
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				fd := u.Field(i)
				walk(fd.Type(), shown && fd.Exported(), false)
			}
		}
	}
	walk(t, true, true)
}

// noteHeld records the program's types a value x of type from, stored in
// the empty interface to of interpreted code (call: the call it is given
// to, or nil), holds (see above), and refuses, in a cell, the store that a
// function of an earlier cell would print unlike Go (heldLater).
func (b *boundary) noteHeld(x ast.Expr, from, to types.Type, call *ast.CallExpr) {
	if it, ok := to.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 || types.IsInterface(from) {
		return
	}
	if call != nil && b.nativeCall(call) && !b.nativeKeeps(call, x) {
		return // fmt.Println([]P{…}) keeps nothing (m.Store("k", []P{…}) does)
	}
	var found []*types.TypeName
	heldTypes(from, func(tn *types.TypeName, ptr, shown bool) {
		if b.held == nil {
			b.held = map[*types.TypeName]*heldNote{}
		}
		note := b.held[tn]
		if note == nil {
			note = &heldNote{in: from}
			b.held[tn] = note
			found = append(found, tn)
		}
		if !slices.ContainsFunc(note.ins, func(t types.Type) bool { return types.Identical(t, from) }) {
			note.ins = append(note.ins, from)
		}
		if ptr {
			note.ptr, note.shownPtr = true, note.shownPtr || shown
		} else {
			note.val, note.shownVal = true, note.shownVal || shown
		}
	})
	if b.reached != nil && len(found) > 0 {
		b.heldLater(x, from, call)
	}
}

// recordHeld keeps, for later cells, the types f's stored values hold.
func (b *boundary) recordHeld() {
	for tn, note := range b.held {
		name := tn.Name()
		b.reached["heldname:"+name] = true
		if note.shownVal {
			b.reached["held:val:"+name] = true
		}
		if note.shownPtr {
			b.reached["held:ptr:"+name] = true
		}
	}
}

// heldForms reports how values of the program's type tn may be held
// inside values stored in an any (see heldNote), by f or, tn declared
// outside f, by earlier code; in is the stored type, when f's.
func (b *boundary) heldForms(tn *types.TypeName) (shownVal, shownPtr, named bool, in types.Type) {
	if note := b.held[tn]; note != nil {
		shownVal, shownPtr, named, in = note.shownVal, note.shownPtr, true, note.in
	}
	inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
	if inFile || b.reached == nil {
		return
	}
	return shownVal || b.reached["held:val:"+tn.Name()], shownPtr || b.reached["held:ptr:"+tn.Name()], named || b.reached["heldname:"+tn.Name()], in
}

// heldMethod returns the method of tn the standard library function fn
// (its package pkg) calls where values of tn are held as recorded, and
// whether it decodes; "" when there is none.
func heldMethod(tn *types.TypeName, fn string, shownVal, shownPtr bool) (string, bool) {
	t := tn.Type()
	if _, decodes := unmarshalArgs[fn]; decodes {
		for _, m := range []string{"UnmarshalJSON", "UnmarshalText"} {
			if (shownVal || shownPtr) && hasMethod(types.NewPointer(t), m) {
				return m, true
			}
		}
		return "", true
	}
	ms := map[string]bool{}
	json := strings.HasPrefix(fn, "json.") || strings.HasPrefix(fn, "xml.")
	if shownVal {
		for m := range methodsOf(t) {
			ms[m] = true
		}
	}
	if shownPtr || shownVal && json { // json takes the address of what it can
		for m := range methodsOf(types.NewPointer(t)) {
			ms[m] = true
		}
	}
	list := []string{"Error", "String", "Format"}
	if json {
		list = []string{"MarshalJSON", "MarshalText", "MarshalXML"}
	}
	for _, m := range list {
		if ms[m] {
			return m, false
		}
	}
	return "", false
}

// heldProbed is pendAnyProbed's refusal of fn given x, a value of static
// type from holding any, for the program's type tn, whose values are not
// stored in an any themselves: it refuses when they are held inside a
// value stored there, and fn would call a method of theirs (or name
// them: byName). It reports whether it refused.
func (b *boundary) heldProbed(x ast.Expr, fn string, from types.Type, tn *types.TypeName, byName bool) bool {
	if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
		return false
	}
	shownVal, shownPtr, named, in := b.heldForms(tn)
	inside := "a slice, map, pointer or struct"
	if in != nil {
		inside = article(typeString(in))
	}
	if byName && named {
		b.refuse(x, "%s with %%T, %%+v or %%#v of a value of type %s while %s holding values of %s, declared in %s, is stored in an any: the interpreter names %s by its underlying type (%s, not main.%s). Not supported yet: print the fields you want, or use %%v",
			fn, typeString(from), inside, tn.Name(), b.where, article(tn.Name()), typeString(tn.Type().Underlying()), tn.Name())
		return true
	}
	m, decodes := heldMethod(tn, fn, shownVal, shownPtr)
	if m == "" {
		// fmt prints the fields of a value, not of a pointer, below the top.
		return shownVal && b.hiddenStored(x, fn, from, tn, inside+" holding values of "+tn.Name()+", declared in "+b.where+", is stored")
	}
	if decodes {
		b.refuse(x, "%s into a value of type %s while %s holding values of %s, declared in %s, is stored in an any: the interpreter decodes into the plain values, without the %s method of *%[4]s Go calls (json fails, or decodes the wrong value). Not supported yet: decode into a *%[4]s itself, or into a json.RawMessage field and decode that",
			fn, typeString(from), inside, tn.Name(), b.where, m)
		return true
	}
	b.refuse(x, "%s of a value of type %s while %s holding values of %s, declared in %s, is stored in an any: the interpreter would give the standard library the %[4]s values without the %[6]s method Go calls (it prints or encodes the bare values). Not supported yet: give %[1]s the %[4]s values one by one, or their %[6]s() results",
		fn, typeString(from), inside, tn.Name(), b.where, m)
	return true
}

// laterPrinters returns the functions of earlier cells (kinds: "print:",
// "names:", "printsany:", "namesany:") and what they give their any to,
// as kind, function and the standard library's function, in order.
func (b *boundary) laterPrinters(kinds ...string) [][3]string {
	var out [][3]string
	for key := range b.reached {
		for _, kind := range kinds {
			rest, ok := strings.CutPrefix(key, "later:"+kind)
			if !ok {
				continue
			}
			fn, via, _ := strings.Cut(rest, "\x00")
			via, _, _ = strings.Cut(via, "\x00")
			out = append(out, [3]string{kind, fn, via})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i][0]+out[i][1]+out[i][2] < out[j][0]+out[j][1]+out[j][2]
	})
	return out
}

// heldQualifies reports whether values of tn, held as recorded in f,
// would be printed unlike Go by fn (naming them, or calling a method).
func (b *boundary) heldQualifies(tn *types.TypeName, fn string, names bool) (string, bool) {
	note := b.held[tn]
	if note == nil {
		return "", false
	}
	if names {
		return "", true
	}
	m, _ := heldMethod(tn, fn, note.shownVal, note.shownPtr)
	return m, m != ""
}

// heldLater refuses, in a cell, storing x (of type from) in an any while a
// function of an earlier cell gives fmt (or json) an any it did not get as
// its parameter (storedLater's keys), or, x given straight to such a
// function (call), its parameter (printedLater's and callLater's keys),
// when x holds values of the session's types whose methods Go calls
// there, or whose names it prints.
func (b *boundary) heldLater(x ast.Expr, from types.Type, call *ast.CallExpr) {
	callee := ""
	if call != nil {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			callee = id.Name
		}
	}
	var tns []*types.TypeName
	for tn := range b.held {
		tns = append(tns, tn)
	}
	sort.Slice(tns, func(i, j int) bool { return tns[i].Pos() < tns[j].Pos() })
	for _, p := range b.laterPrinters("print:", "names:", "printsany:", "namesany:") {
		kind, fn, via := p[0], p[1], p[2]
		if (kind == "print:" || kind == "names:") && fn != callee {
			continue
		}
		names := kind == "names:" || kind == "namesany:"
		for _, tn := range tns {
			if m, ok := b.heldQualifies(tn, via, names); ok {
				what := "names " + article(tn.Name()) + " by its underlying type (" + typeString(tn.Type().Underlying()) + ", not main." + tn.Name() + ")"
				if !names {
					what = "gives " + via + " the " + tn.Name() + " values without the " + m + " method Go calls (it prints the bare values)"
				}
				b.refuse(x, "%s holding values of %s stored in an any while %s, declared in an earlier cell, gives %s a value of type any: the interpreter %s. Not supported yet: give %[3]s the %[2]s values' texts, or keep %[1]s out of an any",
					article(typeString(from)), tn.Name(), fn, via, what)
				return
			}
		}
	}
}

// heldCallLater refuses, in a cell, a call of a function of an earlier
// cell that gives fmt (or json) its parameter of type any with an
// argument holding an any, while values stored in an any hold values of
// the session's types whose methods Go calls there, or whose names it
// prints (callLater's judgement, for held values).
func (b *boundary) heldCallLater(call *ast.CallExpr) {
	if b.reached == nil {
		return
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	var printers [][3]string
	for _, p := range b.laterPrinters("print:", "names:") {
		if p[1] == id.Name {
			printers = append(printers, p)
		}
	}
	if len(printers) == 0 {
		return
	}
	var arg ast.Expr
	for _, a := range call.Args {
		if t := b.info.TypeOf(a); t != nil && !b.info.Types[a].IsNil() && holdsAny(t, map[types.Type]bool{}) {
			arg = a
			break
		}
	}
	if arg == nil {
		return
	}
	b.pending = append(b.pending, func() {
		for _, tn := range b.comparableTypes() {
			shownVal, shownPtr, named, _ := b.heldForms(tn)
			for _, p := range printers {
				names := p[0] == "names:"
				m, _ := heldMethod(tn, p[2], shownVal, shownPtr)
				if names && named || !names && m != "" {
					what := "names " + article(tn.Name()) + " by its underlying type (" + typeString(tn.Type().Underlying()) + ", not main." + tn.Name() + ")"
					if !names {
						what = "gives " + p[2] + " the " + tn.Name() + " values without the " + m + " method Go calls (it prints the bare values)"
					}
					b.refuse(arg, "%s, declared in an earlier cell, gives %s its parameter of type any while values of %s are held inside a value stored in an any: the interpreter %s. Not supported yet: give %[1]s the values' texts",
						id.Name, p[2], tn.Name(), what)
					return
				}
			}
		}
	})
}

// heldBare reports whether values of tn may be held, inside a value stored
// in an any, where fmt prints them with their own method in Go but
// anyTexts' switch, which gives fmt the text of a value the operand holds
// itself, does not reach them: in a []tn, a struct{ tn }, a W{In: tn}
// (var s any = []P{{1}}; fmt.Println(s) printed [{1}], Go [P!]). A
// holder of the program that has a printing method itself (type R
// struct{ P; K int }, promoting P's String) is no matter: the switch
// gives fmt R's text, and fmt does not look below it. Held by an
// earlier cell's value: the cell's record tells no holder, so may. The
// note's holder becomes the one found, for heldProbed's message.
func (b *boundary) heldBare(tn *types.TypeName) bool {
	inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
	if b.reached != nil && !inFile && (b.reached["held:val:"+tn.Name()] || b.reached["held:ptr:"+tn.Name()]) {
		return true
	}
	note := b.held[tn]
	if note == nil {
		return false
	}
	for _, in := range note.ins {
		ms := methodsOf(in)
		if programNamed(in) == nil || !ms["String"] && !ms["Error"] && !ms["Format"] {
			note.in = in
			return true
		}
	}
	return false
}
