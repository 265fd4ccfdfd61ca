package check

// This file implements interfaceTexts: fmt and log given, for a value that
// holds values of the program's interfaces, a value that prints as Go
// prints the original.

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strings"
)

// interfaceTexts lowers an argument of fmt's or log's printing functions
// whose static type is, or holds, an interface of the program (var s
// Shape; fmt.Println(s); a struct with a Shape field, a []Shape, a
// map[Sq]Shape, a pointer to such a struct): the interpreter handed fmt
// its wrapper of each value stored in the interface, so fmt printed the
// wrapper ({0xc… {…}}), and a String or Error method of the value's type
// was not called ({1} where Go prints c2). A type switch on each type of
// the program that implements the interface gives fmt the text of its
// Format, Error or String method, or the value itself:
//
//	fmt.Println(s)   →   fmt.Println(func() func(Shape) any { var __c0 func(Shape) any; __c0 = func(__x Shape) any { if __x == nil { return nil }; switch v := __x.(type) { case C2: return func(__v C2) any { return RT.MethodText(func() string { return __v.String() }, "String", false) }(v); … }; return RT.Unwrap(__x) }; return __c0 }()(s))
//
// A value that holds them is rebuilt around them, by its static type,
// into one that fmt prints as it prints the original (see fmtMirror.conv):
// a struct into a struct of the same field names, a slice or an array
// into a slice, a map into a map of the same keys; a field, element or
// value of a type with one of those methods is given its text too. The
// text comes back as a value of its own (MethodText, FormatText) that fmt
// formats with the verb and its flags, spaced as Print spaces operands
// that are not strings; a method that panics prints %!v(PANIC=String
// method: …), or <nil> for a nil pointer, as in fmt. With Printf only the
// verbs that print the method's text (%v %+v %s %q %x %X) are lowered.
// Refused, naming the construct: an implementer of the interface that is
// generic or declared inside a function with a method fmt calls, keys of
// a map with such methods (fmt orders the entries by the original keys),
// and types that cannot be named where the value is printed, when the
// interpreter would print them unlike Go. It reports whether it lowered
// x.
func (b *boundary) interfaceTexts(x ast.Expr, from types.Type, call *ast.CallExpr) bool {
	fn, ok := b.native(call)
	if !ok || !unwrapped[fn] && fn != "fmt.Errorf" || strings.HasPrefix(fn, "json.") || call.Ellipsis.IsValid() {
		return false // fmt.Errorf: not Unwrap's, which would take apart what %w wraps
	}
	opaque := b.holdsOpaque(from) && b.operand(x, call) // nativeprint.go
	plainOpaque := false
	if !holdsOwnInterface(from, map[types.Type]bool{}) && !opaque {
		return false
	}
	if ms := methodsOf(from); !types.IsInterface(from) && (ms["String"] || ms["Error"] || ms["Format"]) {
		return false // fmt calls the value's own method
	}
	if _, i, format, ok := printfCall(call, b.info); ok {
		verbs, paired := pairVerbs(format)
		if !paired && opaque {
			b.refuse(x, "%s of %s with a format that is not a constant (or not paired with its operands): the interpreter would print its own struct for a value of the standard library's interface that a type declared in %s implements. Not supported yet: use a constant format, or assert the concrete type first", fn, typeString(from), b.where)
			return false
		}
		if !paired {
			return false
		}
		found, plain := false, false
		for k, verb := range verbs {
			if i+1+k < len(call.Args) && call.Args[i+1+k] == x {
				found = verb != "" && !strings.Contains(verb, "#") && strings.Contains("vsqxX", verb[len(verb)-1:])
				plain = verb != "" && !strings.Contains(verb, "#") && !strings.Contains("vsqxXTpw", verb[len(verb)-1:])
			}
		}
		if plain && opaque {
			// %d, %f…: the values themselves, as the mirror gives them
			// when it gives no method's text (below).
			found, plainOpaque = true, true
		} else if plain && !b.formatters() && !Unwrappable(b.info, from) {
			// %d, %f…: fmt calls no String or Error below the operand,
			// and prints the values themselves, as Unwrap gives them.
			b.wrap(x, b.runtime+".Unwrap(", ")")
			b.markPrinted(x)
			return true
		}
		if !found {
			return false
		}
	}
	conv, p := b.mirror(from)
	if plainOpaque && p.texts && !p.failed {
		b.refuse(x, "%s of %s with a verb that prints no method's text (%%d, %%f…): the interpreter would print its own struct for a value of the standard library's interface, and the values inside would need their String or Error methods' texts, which Go does not call here. Not supported yet: assert the concrete type first, or use %%v", fn, typeString(from))
		return false
	}
	if p.failed {
		if p.reason != "" && (p.lost || !Unwrappable(b.info, from)) {
			b.refuse(x, "%s of %s: %s; the interpreter would give fmt its own wrappers of the values stored in interfaces, or the values without their methods. Not supported yet: print the values one by one",
				fn, typeString(from), p.reason)
		}
		return false
	}
	if conv == "" {
		return false
	}
	b.wrapOperand(x, conv)
	b.switchesLater(x, p.switches)
	return true
}

// wrapOperand gives fmt conv(x) for its operand x (a call's result in
// parentheses of its own: isCallOperand), and notes x lowered.
func (b *boundary) wrapOperand(x ast.Expr, conv string) {
	if isCallOperand(x) {
		b.wrap(x, conv+"((", "))")
	} else {
		b.wrap(x, conv+"(", ")")
	}
	b.markPrinted(x)
}

// switchesLater records, for later cells, the mirror's type switches in
// code of a cell that runs later (a function, a function literal): they
// know the types that implemented the interface then, and a later type
// implementing it with a String, Error or Format method would print
// without it ({1 2} where Go prints Tri). A later cell is refused where
// it stores a value of such a type in an interface, or declares such a
// method on a type whose values were stored in one (storedMeets,
// methodsLater: "meets:" keys of kind "m", with the types the switch
// gives the text of).
func (b *boundary) switchesLater(x ast.Expr, switches []mirrorSwitch) {
	if b.reached == nil || len(switches) == 0 {
		return
	}
	code := b.laterCode(x)
	if code == "" {
		return
	}
	for _, sw := range switches {
		what := "gives fmt " + article(sw.iname) + " through a type switch over the types that implemented " + sw.iname + " then"
		for _, m := range []string{"String", "Error", "Format"} {
			b.laterKeys = append(b.laterKeys, "meets:"+code+"\x00m\x00"+what+"\x00"+strings.Join(sw.texts, ",")+"\x00"+requirements(sw.it, methodKeyOf(m, nil)))
		}
	}
}

// isCallOperand reports whether x is a call's result, which the mirror's
// function takes in parentheses. The interpreter passes a call's result
// straight to a function's parameter of an interface type with methods
// wrapped once more, with a node that has no type, and the mirror's type
// switch then dereferences that type: `fmt.Println(get())`, get returning a
// stringer that holds a time.Duration, panicked with a nil dereference
// where Go prints 1ms. A parenthesized operand is an expression of its own
// to the interpreter, whose value it passes as it is.
func isCallOperand(x ast.Expr) bool {
	_, ok := ast.Unparen(x).(*ast.CallExpr)
	return ok
}

// markPrinted notes that interfaceTexts lowered x.
func (b *boundary) markPrinted(x ast.Expr) {
	if b.printed == nil {
		b.printed = map[ast.Expr]bool{}
	}
	b.printed[x] = true
}

// formatters reports whether a type of the program has a Format method,
// which fmt calls for every verb.
func (b *boundary) formatters() bool {
	for _, obj := range b.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() && tn.Pkg() != nil && tn.Pkg().Path() == pkgPath {
			if methodsOf(types.NewPointer(tn.Type()))["Format"] {
				return true
			}
		}
	}
	return false
}

// mirror returns the function that gives fmt a value of type from (an
// operand) as Go prints it, "" when it prints right as it is or when
// Unwrap gives it right (no method is called); the mirror says why it
// failed.
func (b *boundary) mirror(from types.Type) (string, *fmtMirror) {
	p := &fmtMirror{b: b, memo: map[mirrorKey]string{}}
	for _, obj := range b.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() && tn.Pkg() != nil && tn.Pkg().Path() == pkgPath {
			if n, ok := tn.Type().(*types.Named); ok && !types.IsInterface(n) {
				p.programs = append(p.programs, n)
			}
		}
	}
	sort.Slice(p.programs, func(i, j int) bool { return p.programs[i].Obj().Pos() < p.programs[j].Obj().Pos() })
	conv := p.conv(from, false)
	if p.failed || conv == "" || !p.texts && Unwrappable(b.info, from) {
		return "", p // Unwrap's
	}
	if len(p.vars) > 0 {
		// The functions of named types and interfaces, which may call
		// each other.
		name, _ := b.typeName(from)
		conv = "func() func(" + name + ") any { " + strings.Join(p.vars, "; ") + "; " + strings.Join(p.bodies, "; ") + "; return " + conv + " }()"
	}
	return conv, p
}

// ShownTexts returns the opening and closing of the lowering that shows a
// cell's trailing expression of type t as fmt prints it, when t holds
// values of the session's interfaces (see interfaceTexts); a slice of
// structs stays a slice of structs, shown as a table.
func ShownTexts(info *types.Info, t types.Type, typeName func(types.Type) (string, bool)) (string, string, bool) {
	if !holdsOwnInterface(t, map[types.Type]bool{}) || types.IsInterface(t) {
		return "", "", false // an interface's value: the session's own showing, which renders it
	}
	if ms := methodsOf(t); ms["String"] || ms["Error"] || ms["Format"] {
		return "", "", false
	}
	b := &boundary{info: info, typeName: typeName, runtime: "__divergo"}
	if elem, ok := tableElem(t); ok {
		// Pointers to structs, shown as a table of the structs: each
		// given as fmt would print it below a pointer, pointed to.
		if p, ok := elem.(*types.Pointer); ok {
			ms := methodsOf(p)
			name, ok := typeName(t)
			conv, _ := b.mirror(p.Elem())
			if conv == "" || !ok || ms["String"] || ms["Error"] || ms["Format"] {
				return "", "", false
			}
			return "__divergo.Rows(func(__s " + name + ") any { __m := " + conv + "; __out := make([]any, len(__s)); for __i := range __s { if __s[__i] != nil { __out[__i] = __divergo.PointerTo(__m(*__s[__i])) } }; return __out }(", "))", true
		}
	}
	conv, _ := b.mirror(t)
	if conv == "" {
		return "", "", false
	}
	if tableRows(t) {
		return "__divergo.Rows(" + conv + "(", "))", true
	}
	return conv + "(", ")", true
}

// Rows returns xs, the mirrors of a slice's structs (see ShownTexts), as a
// slice of their type, which the session shows as a table.
func Rows(xs any) any {
	v := reflect.ValueOf(xs)
	if v.Kind() != reflect.Slice || v.Len() == 0 {
		return xs
	}
	var t reflect.Type
	nils := false
	for i := 0; i < v.Len(); i++ {
		e := v.Index(i)
		if e.Kind() == reflect.Interface {
			e = e.Elem()
		}
		if !e.IsValid() {
			nils = true // a nil pointer's row
			continue
		}
		if t != nil && e.Type() != t {
			return xs
		}
		t = e.Type()
	}
	if t == nil || nils && t.Kind() != reflect.Pointer {
		return xs
	}
	out := reflect.MakeSlice(reflect.SliceOf(t), v.Len(), v.Len())
	for i := 0; i < v.Len(); i++ {
		if e := v.Index(i).Elem(); e.IsValid() {
			out.Index(i).Set(e)
		}
	}
	return out.Interface()
}

// tableElem returns the element type of a slice or array the session
// shows as a table: of structs or pointers to structs.
func tableElem(t types.Type) (types.Type, bool) {
	elem, ok := sequenceElem(t)
	if !ok {
		return nil, false
	}
	e := elem
	if p, ok := e.Underlying().(*types.Pointer); ok {
		e = p.Elem()
	}
	_, st := e.Underlying().(*types.Struct)
	return elem, st
}

// sequenceElem is the element type of a slice or an array.
func sequenceElem(t types.Type) (types.Type, bool) {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return u.Elem(), true
	case *types.Array:
		return u.Elem(), true
	}
	return nil, false
}

// holdsOwnInterface reports whether t is, or holds in elements, keys,
// fields or behind pointers, an interface with methods that the program
// declares.
func holdsOwnInterface(t types.Type, seen map[types.Type]bool) bool {
	for _, it := range heldInterfaces(t, seen, nil) {
		if n, ok := types.Unalias(it).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath && it.Underlying().(*types.Interface).NumMethods() > 0 {
			return true
		}
	}
	return false
}

// A fmtMirror writes interfaceTexts' function literals.
type fmtMirror struct {
	b        *boundary
	programs []*types.Named // the program's types but interfaces, in order
	texts    bool           // a method's text is given (MethodText)
	failed   bool           // a value that cannot be given right
	// reason names the construct that failed the mirror, when values
	// of it print unlike Go (lost: a method fmt calls is lost, which
	// Unwrap would lose too)
	reason string
	lost   bool
	// keysOnly: needs looks for methods only, not for interfaces
	keysOnly bool
	// memo names the function of each named type and interface, a
	// variable (vars) given its function literal (bodies).
	memo         map[mirrorKey]string
	vars, bodies []string
	// switches are the type switches over the program's types that
	// implement an interface of the program (dynamic)
	switches []mirrorSwitch
}

// A mirrorSwitch is a type switch of the mirror over the types that
// implement the interface it (named iname), with texts, the types
// (T, *T) whose method's text it gives.
type mirrorSwitch struct {
	iname string
	it    *types.Interface
	texts []string
}

// A mirrorKey is a type, below an operand (deep) or not.
type mirrorKey struct {
	t    types.Type
	deep bool
}

// conv returns the function that turns a value of type t into one fmt
// prints as Go prints the t value, of type any; "" when values of t
// print right as they are. deep is false for an operand, true for an
// element, a map's value or an exported field, where fmt calls a String
// or Error method and prints a pointer as an address:
//
//	struct{ Name string; Main Shape }   →   func(__v Scene) any { return struct{ Name string; Main any }{__v.Name, __c0(__v.Main)} }
//
// A struct becomes a struct of the same field names, a slice or an array
// a slice, a map a map of the same keys. An unexported field is printed
// without methods, as Go's fmt prints it, through the native Unwrap, as
// is an empty interface. A named type's or an interface's function is a
// variable (memo), so that a type may hold itself.
func (p *fmtMirror) conv(t types.Type, deep bool) string {
	if p.failed || !p.needs(t, deep, map[mirrorKey]bool{}) {
		return ""
	}
	if deep {
		if fn, ok := p.method(t); ok {
			return fn
		}
	}
	key := mirrorKey{t, deep}
	if _, named := types.Unalias(t).(*types.Named); !named {
		return p.literal(t, deep)
	}
	if v, ok := p.memo[key]; ok {
		return v
	}
	name, ok := p.name(t)
	if !ok {
		return ""
	}
	v := fmt.Sprintf("__c%d", len(p.vars))
	p.memo[key] = v
	p.vars = append(p.vars, "var "+v+" func("+name+") any")
	at := len(p.bodies)
	p.bodies = append(p.bodies, "")
	p.bodies[at] = v + " = " + p.literal(t, deep)
	return v
}

// needs reports whether values of t print unlike Go as they are (see
// conv).
func (p *fmtMirror) needs(t types.Type, deep bool, seen map[mirrorKey]bool) bool {
	key := mirrorKey{t, deep}
	if seen[key] {
		return false
	}
	seen[key] = true
	if deep && !types.IsInterface(t) {
		ms := types.NewMethodSet(t)
		if ms.Lookup(nil, "Error") != nil || ms.Lookup(nil, "String") != nil || ms.Lookup(nil, "Format") != nil {
			return true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return !p.keysOnly && u.NumMethods() > 0 && (!nativeInterface(t) && holdsOwnInterface(t, map[types.Type]bool{}) || p.b.opaqueNative(t))
	case *types.Pointer:
		switch u.Elem().Underlying().(type) {
		case *types.Struct, *types.Slice, *types.Array, *types.Map:
			return !deep && p.needs(u.Elem(), true, seen)
		}
	case *types.Slice:
		return p.needs(u.Elem(), true, seen)
	case *types.Array:
		return p.needs(u.Elem(), true, seen)
	case *types.Map:
		return p.needs(u.Key(), true, seen) || p.needs(u.Elem(), true, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			if fd.Exported() && p.needs(fd.Type(), true, seen) || !fd.Exported() && !p.keysOnly && holdsOwnInterface(fd.Type(), map[types.Type]bool{}) {
				return true
			}
		}
	}
	return false
}

// literal returns the function literal of conv for t.
func (p *fmtMirror) literal(t types.Type, deep bool) string {
	name, ok := p.name(t)
	if !ok {
		return ""
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		if nativeInterface(t) {
			return p.nativeDynamic(name, u, deep)
		}
		return p.dynamic(name, u, deep)
	case *types.Pointer:
		// &{…}: the value pointed to, below the operand.
		elem := p.conv(u.Elem(), true)
		if elem == "" {
			return ""
		}
		return fmt.Sprintf("func(__p %s) any { if __p == nil { return __p }; return %s.PointerTo(%s(*__p)) }", name, p.b.runtime, elem)
	case *types.Slice, *types.Array:
		var et types.Type
		isNil := ""
		if s, ok := u.(*types.Slice); ok {
			et, isNil = s.Elem(), " if __s == nil { return []any(nil) };"
		} else {
			et = u.(*types.Array).Elem()
		}
		elem := p.conv(et, true)
		if elem == "" {
			return ""
		}
		return fmt.Sprintf("func(__s %s) any {%s __out := make([]any, len(__s)); for __i := range __s { __out[__i] = %s(__s[__i]) }; return __out }", name, isNil, elem)
	case *types.Map:
		if p.needs(u.Key(), true, map[mirrorKey]bool{}) {
			// printed in the order of the original keys
			p.keysOnly = true
			lost := p.needs(u.Key(), true, map[mirrorKey]bool{})
			p.keysOnly = false
			p.fail(lost, "fmt would print the keys of %s with their methods, or the values in their interfaces", typeString(t))
			return ""
		}
		elem := p.conv(u.Elem(), true)
		kname, ok := p.name(u.Key())
		if elem == "" || !ok {
			return ""
		}
		return fmt.Sprintf("func(__m %s) any { if __m == nil { return map[%s]any(nil) }; __out := make(map[%[2]s]any, len(__m)); for __k, __e := range __m { __out[__k] = %s(__e) }; return __out }", name, kname, elem)
	case *types.Struct:
		var fields, values []string
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			if fd.Name() == "_" {
				p.fail(false, "%s has a blank field", typeString(t))
				return ""
			}
			conv := ""
			it, isIface := fd.Type().Underlying().(*types.Interface)
			switch {
			case !fd.Exported():
				// fmt calls no method below an unexported field: the
				// values, without theirs.
				if len(heldInterfaces(fd.Type(), map[types.Type]bool{}, nil)) > 0 {
					conv = p.b.runtime + ".Unwrap"
				}
			case isIface && it.NumMethods() == 0:
				conv = p.b.runtime + ".Unwrap"
			default:
				conv = p.conv(fd.Type(), true)
			}
			if p.failed {
				return ""
			}
			value := "__v." + fd.Name()
			if conv == "" {
				ft, ok := p.name(fd.Type())
				if !ok {
					return ""
				}
				fields = append(fields, fd.Name()+" "+ft)
			} else {
				fields = append(fields, fd.Name()+" any")
				value = conv + "(" + value + ")"
			}
			values = append(values, value)
		}
		res := "struct{ " + strings.Join(fields, "; ") + " }"
		return fmt.Sprintf("func(__v %s) any { return %s{%s} }", name, res, strings.Join(values, ", "))
	}
	p.fail(false, "fmt would print %s unlike the interpreter", typeString(t))
	return ""
}

// method returns the function giving fmt the text of t's Format, Error or
// String method (in fmt's order), which fmt calls for a t value it meets
// below an operand; false when t has none.
func (p *fmtMirror) method(t types.Type) (string, bool) {
	if types.IsInterface(t) {
		return "", false // the value's (dynamic)
	}
	ms := types.NewMethodSet(t)
	name, ok := p.b.typeName(t)
	isNil := "false"
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		isNil = "__v == nil"
	}
	if sel := ms.Lookup(nil, "Format"); sel != nil {
		state, ok2 := p.b.typeName(sel.Type().(*types.Signature).Params().At(0).Type())
		if !ok || !ok2 {
			p.fail(true, "%s's Format method cannot be called here", typeString(t))
			return "", false
		}
		p.texts = true
		return fmt.Sprintf("func(__v %s) any { return %s.FormatText(func(s %s, c rune) { __v.Format(s, c) }, %s) }", name, p.b.runtime, state, isNil), true
	}
	method := ""
	if ms.Lookup(nil, "Error") != nil {
		method = "Error"
	} else if ms.Lookup(nil, "String") != nil {
		method = "String"
	} else {
		return "", false
	}
	if !ok {
		p.fail(true, "%s's %s method cannot be called here (a type declared inside a function)", typeString(t), method)
		return "", false
	}
	p.texts = true
	if u, ok := t.Underlying().(*types.Basic); ok && u.Info()&types.IsString != 0 {
		// fmt.Print puts no space next to it (MethodTextString)
		return fmt.Sprintf("func(__v %s) any { return %s.MethodTextString(func() string { return __v.%s() }, %q) }", name, p.b.runtime, method, method), true
	}
	return fmt.Sprintf("func(__v %s) any { return %s.MethodText(func() string { return __v.%s() }, %q, %s) }", name, p.b.runtime, method, method, isNil), true
}

// dynamic returns the function literal for a value of the program's
// interface named iname: a type switch on the program's types that
// implement it (the interpreter's comma-ok assertion took a type for
// another of the same underlying type; its type switch does not). fmt
// calls the method of the value an interface holds at an operand's depth
// too.
func (p *fmtMirror) dynamic(iname string, it *types.Interface, deep bool) string {
	var body strings.Builder
	sw := mirrorSwitch{iname: iname, it: it}
	ok := p.heldTypes(iname, it, deep, "v", func(ct types.Type, name, value string) {
		fmt.Fprintf(&body, " case %s: return %s;", name, value)
		if strings.Contains(value, ".MethodText(") || strings.Contains(value, ".FormatText(") {
			sw.texts = append(sw.texts, typeString(ct))
		}
	})
	if !ok {
		return ""
	}
	p.switches = append(p.switches, sw)
	return "func(__x " + iname + ") any { if __x == nil { return nil }; switch v := __x.(type) {" + body.String() + " }; return " + p.b.runtime + ".Unwrap(__x) }"
}

// heldTypes calls each, in order, for the program's types (T and *T) a
// value of the interface it (named iname) may hold, with the name the
// code writes it by and the expression giving fmt a value v of it: its
// method's text, a conversion mirroring it (conv), or plain (a type's
// value without a method fmt calls). A type that cannot be named here (a
// generic one, one declared inside a function) is skipped, unless it has
// a method fmt calls, which fails the mirror. It reports false when the
// mirror failed.
func (p *fmtMirror) heldTypes(iname string, it *types.Interface, deep bool, plain string, each func(ct types.Type, name, value string)) bool {
	for _, n := range p.programs {
		tn := n.Obj()
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(ct, it) && !(n.TypeParams().Len() > 0 && types.NewMethodSet(types.NewPointer(n)).Len() > 0) {
				continue
			}
			if tn.Parent() != tn.Pkg().Scope() || n.TypeParams().Len() > 0 {
				// Not nameable here: without a method fmt calls,
				// Unwrap (or NativeValue) gives its value.
				if ms := methodsOf(ct); ms["String"] || ms["Error"] || ms["Format"] {
					p.fail(true, "a %s may hold a %s, a generic type or one declared inside a function, whose methods fmt calls", iname, tn.Name())
					return false
				}
				continue
			}
			name, ok := p.name(ct)
			if !ok {
				return false
			}
			value := plain
			if fn, ok := p.method(ct); ok {
				value = fn + "(v)"
			} else if conv := p.conv(ct, deep); conv != "" {
				value = conv + "(v)"
			}
			if p.failed {
				return false
			}
			each(ct, name, value)
		}
	}
	return true
}

// name writes t as the code can name it, failing the mirror when it
// cannot.
func (p *fmtMirror) name(t types.Type) (string, bool) {
	name, ok := p.b.typeName(t)
	if !ok {
		p.fail(false, "%s cannot be named here (a type declared inside a function)", typeString(t))
	}
	return name, ok
}

// fail fails the mirror, naming the construct (lost: see reason).
func (p *fmtMirror) fail(lost bool, format string, args ...any) {
	if !p.failed {
		p.failed, p.lost, p.reason = true, lost, fmt.Sprintf(format, args...)
	}
}

// PointerTo returns a pointer to a copy of x, which fmt prints as &{…}
// (interfaceTexts gives it the value a pointer points to, as an any).
func PointerTo(x any) any {
	if x == nil {
		return nil
	}
	v := reflect.ValueOf(x)
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	return p.Interface()
}

// FormatText is what fmt prints of a value of the program whose Format
// method it would call (see interfaceTexts): format calls it; isNil says
// the receiver is a nil pointer.
func FormatText(format func(fmt.State, rune), isNil bool) any {
	return formatText{format, isNil}
}

type formatText struct {
	format func(fmt.State, rune)
	isNil  bool
}

// Format calls the method, recovering as fmt does: <nil> for a nil
// receiver, %!v(PANIC=Format method: …) after what it wrote.
func (t formatText) Format(f fmt.State, verb rune) {
	defer func() {
		if p := recover(); p != nil {
			if t.isNil {
				fmt.Fprintf(f, fmt.FormatString(f, 's'), "<nil>")
				return
			}
			fmt.Fprintf(f, "%%!%c(PANIC=Format method: %v)", verb, p)
		}
	}()
	t.format(f, verb)
}
