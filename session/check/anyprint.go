package check

// This file gives fmt and log, for an operand of static type any, the text
// of the String, Error or Format method of the program's value it holds,
// where pendAnyProbed refused:
//
//	type P struct{ X int }; func (p P) String() string { … }
//	var v any = P{1}; fmt.Println(v)   Go P<1>, the interpreter {1}
//
// The interpreter (yaegi v0.16.1) stores some values of the program's types
// in an any bare (var v any = P{1}, any(P{1}), a function's result), some in
// its wrapper (a []any's element, a parameter); fmt gets the bare struct, or
// the wrapper, without the method Go calls. The interpreter's type switch
// tells a P in either form, so the operand is given through one, as
// interfaceTexts gives a value of the program's own interfaces:
//
//	fmt.Println(v)   →   fmt.Println(func(__x any) any { if __x == nil { return nil }; switch v := __x.(type) { case P: return func(__v P) any { return RT.MethodText(…) }(v); }; return RT.Unwrap(__x) }(v))
//
// A bare value carries no type name, only its structure, so the switch is
// faithful only when no other value of that structure may be in an any:
// another type of the program with the same underlying type, or a value of
// the underlying type itself (a struct{ X int }, an int). For a type whose
// underlying type is basic (type Celsius float64), the standard library's
// decoders put plain values in an any too (json's numbers): there it
// applies only to whole programs that import no such decoder. Verbs that
// print no method's text (%d, %f…) get the value through Unwrap, as Go
// prints its fields. Left to pendAnyProbed's refusal: %T, %+v, %#v, %p,
// a format that is not a constant, an operand spread (args...), code a
// later cell may run (a function's parameter, a function literal), and
// the types a switch cannot name (declared inside a function, generic);
// when a switch would be unfaithful, why (confusedWith) is in the refusal.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// anyDecoders are the packages whose functions store values of basic types
// in an any, with the types they store ("": any): a plain float64 there is
// a Celsius to the interpreter's type switch.
var anyDecoders = map[string][]string{
	"encoding/json": {"float64", "string", "bool"},
	"encoding/xml":  {"string"},
	"encoding/gob":  nil, "database/sql": nil, "reflect": nil, "flag": nil, "expvar": nil, "encoding/asn1": nil,
	"text/template": nil, "html/template": nil,
}

// anyTexts lowers x, an operand of static type any given to call (fn, one
// of fmt's or log's printing functions), so that fmt prints the values of
// the program's types it may hold with their methods (see above). It
// reports whether x is lowered.
func (b *boundary) anyTexts(x ast.Expr, fn string, from types.Type, call *ast.CallExpr) bool {
	if b.printed[x] {
		return true
	}
	later := "" // a function of a cell, giving fmt its parameter
	if b.reached != nil {
		if later = b.paramOf(x); later == "" && b.laterCode(x) != "" {
			return false // code a later cell may run, on values of its own
		}
	}
	ok := call != nil && unwrapped[fn] && !strings.HasPrefix(fn, "json.")
	operand := from
	if ok && call.Ellipsis.IsValid() {
		// fmt.Println(rows...): each element, as an operand.
		s, isSlice := types.Unalias(from).(*types.Slice)
		ok = isSlice && x == call.Args[len(call.Args)-1]
		if isSlice {
			operand = s.Elem()
		}
	}
	if it, isIface := operand.Underlying().(*types.Interface); !isIface || it.NumMethods() != 0 || types.Unalias(operand) != operand && programNamed(operand) != nil {
		ok = false
	}
	ok = ok && b.anySwitch(x, fn, call, later)
	if !ok && later != "" {
		// For later cells (callLater): the function gives fmt its
		// parameter as the interpreter holds it.
		b.laterKeys = append(b.laterKeys, "anyunswitched:"+later+"\x00")
	}
	return ok
}

// anySwitch is anyTexts' lowering, of x in the function later of a cell
// ("" elsewhere).
func (b *boundary) anySwitch(x ast.Expr, fn string, call *ast.CallExpr, later string) bool {
	text, verb := true, "v"
	spread := call.Ellipsis.IsValid()
	var texts []string // spread: whether each element's verb prints a method's text
	if _, i, format, ok := printfCall(call, b.info); ok && spread {
		verbs, paired := pairVerbs(format)
		if !paired {
			return false
		}
		for _, verb := range verbs {
			if verb != "" && (strings.ContainsAny(verb, "#+") || strings.ContainsAny(verb[len(verb)-1:], "Tpw")) {
				return false
			}
			texts = append(texts, strconv.FormatBool(verb != "" && strings.Contains("vsqxX", verb[len(verb)-1:])))
		}
	} else if ok {
		verbs, paired := pairVerbs(format)
		if !paired {
			return false
		}
		verb = ""
		for k, v := range verbs {
			if i+1+k < len(call.Args) && call.Args[i+1+k] == x {
				verb = v
			}
		}
		if verb == "" || strings.ContainsAny(verb, "#+") || strings.ContainsAny(verb[len(verb)-1:], "Tpw") {
			return false
		}
		text = strings.Contains("vsqxX", verb[len(verb)-1:])
	} else if strings.HasSuffix(fn, "f") {
		return false // a Printf with a format that is not a constant
	}
	p := &fmtMirror{b: b, memo: map[mirrorKey]string{}}
	var body strings.Builder
	var switched []*types.Named
	for _, f := range b.ownForms() {
		tn, n, ct := f.tn, f.n, f.ct
		ms := methodsOf(ct)
		bad := ""
		if !ms["Format"] && !(text && (ms["String"] || ms["Error"])) {
			// %d, %f…: fmt calls a Format method, not String or
			// Error (var f any = F{1} prints F's Format text with
			// %d too, where the interpreter printed {1}), and
			// prints the value, or a complaint naming its type when
			// the verb does not fit its kind (%!d(main.S=x), where
			// the interpreter named string): BadVerb gives it, for
			// a type without those methods too (%s of a Meters,
			// %!s(main.Meters=3)). A complaint below the value (a
			// field's, an element's) is refused.
			v := rune(verb[len(verb)-1])
			if b.reached == nil && !b.convertedType(ct) {
				continue
			}
			if u, ok := ct.Underlying().(*types.Basic); ok {
				if verbFits(u, byte(v)) {
					continue
				}
				bad = u.Name()
			} else {
				below := ct.Underlying()
				if isPointer(ct) {
					below = types.NewPointer(n.Underlying())
				}
				if mis := badVerbType(below, v, 0, false, map[types.Type]bool{}); mis != nil {
					b.refuse(x, "%s's %%%c of a value of type any that may hold %s: the verb does not fit %s inside it, and Go prints a complaint naming that type (%%!%[2]c(%[4]s=…)), where the interpreter would name its structure. Not supported yet: use %%v, or a verb for the values' kinds",
						fn, v, article(typeString(ct)), types.TypeString(mis, func(p *types.Package) string { return p.Name() }))
					return false
				}
				continue
			}
		}
		if tn.Parent() != tn.Pkg().Scope() || n.TypeParams().Len() > 0 {
			return false
		}
		if with := b.confusable(n, isPointer(ct)); with != "" {
			if b.confusedWith == "" {
				b.confusedType = tn.Name()
				b.confusedWith = fmt.Sprintf("the interpreter keeps no type name for %s there, and would take %s as one (Go does not)", article(typeString(ct)), with)
			}
			return false
		}
		name, ok := b.typeName(ct)
		if bad != "" {
			if !ok {
				return false
			}
			fmt.Fprintf(&body, " case %s: return %s.BadVerb(%q, %s(v));", name, b.runtime, "main."+tn.Name(), bad)
			if len(switched) == 0 || switched[len(switched)-1] != n {
				switched = append(switched, n)
			}
			continue
		}
		text, ok2 := p.method(ct)
		if !ok || !ok2 || p.failed {
			return false
		}
		if u, ok := ct.Underlying().(*types.Basic); ok && u.Info()&types.IsString != 0 && ms["Format"] && spaced(fn) {
			// Print puts no space next to an operand of a string kind;
			// FormatText's value is a struct (G<v> G<v>, Go G<v>G<v>):
			// StringKind gives its text as a string kind
			// (printspacing.go).
			text = "func(__v " + name + ") any { return " + b.runtime + ".StringKind(" + text + "(__v)) }"
		}
		fmt.Fprintf(&body, " case %s: return %s(v);", name, text)
		if len(switched) == 0 || switched[len(switched)-1] != n {
			switched = append(switched, n)
		}
	}
	if body.Len() == 0 && !text {
		// %d, %f… of values without a Format method: fmt calls no
		// method, and prints the fields.
		b.wrap(x, b.runtime+".UnwrapPlain(", ")")
		b.markPrinted(x)
		return true
	}
	if body.Len() == 0 {
		return false
	}
	for _, n := range switched {
		if b.viaStored(n) && (b.reached != nil || b.methodIface[n]) {
			// var err error = E{5}; var a any = err: the any holds the
			// interpreter's error wrapper, which the switch does not
			// see through (a printed 5, Go E!)
			b.refuse(x, "%s of a value of type any while values of %s are stored in an interface with methods (an error, a fmt.Stringer) that is stored in an any: the interpreter keeps them there in its interface's wrapper, which the switch that gives fmt a %[2]s's text does not see through, and fmt would print the wrapper's insides, without the method Go calls. Not supported yet: store the %[2]s itself in the any (v.(%[2]s)), or its text",
				fn, n.Obj().Name())
			return false
		}
	}
	if at := b.storedHolder; at != nil || b.reached != nil && b.reached["stored:holder"] {
		held := "a value holding an any" // stored by an earlier cell
		if at != nil {
			held = article(typeString(b.info.TypeOf(at)))
		}
		b.refuse(x, "%s of a value of type any while %s is stored in an any beside values of %s: the switch that gives fmt a %[3]s's text sees the any's own value only, and the %[3]s values held below (in a []any, a map's values, a field of type any) would be printed bare, without the method Go calls ([{1}] where Go prints [P!]). Not supported yet: print the values it holds one by one",
			fn, held, switched[0].Obj().Name())
		return false
	}
	for _, n := range switched {
		if later == "" {
			break
		}
		// For later cells: a type declared with n's structure, or a
		// plain value of it stored in an any, would be taken for an n
		// (twinLater, storedAsserted); a value of n given to the
		// function is (callLater).
		b.laterKeys = append(b.laterKeys, "assertsnamed:"+typeString(n.Underlying())+"\x00"+n.Obj().Name()+"\x00"+later, "anyswitch:"+later+":"+n.Obj().Name())
		if key := unnamedKey(n.Underlying()); key != "" {
			b.reached["asserts:"+key+":"+typeString(n)] = true
			if methodsOf(types.NewPointer(n))["String"] || methodsOf(types.NewPointer(n))["Error"] || methodsOf(types.NewPointer(n))["Format"] {
				b.reached["asserts:*"+key+":*"+typeString(n)] = true
			}
		}
	}
	wrapped := "return __x"
	if !text {
		wrapped = "return " + b.runtime + ".UnwrapPlain(__x)" // stops the program, naming it
	}
	conv := "func(__x any) any { if " + b.runtime + ".NativeWrapped(__x) { " + wrapped + " }; __x = " + b.runtime + ".Bare(__x); if __x == nil { return nil }; switch v := __x.(type) {" + body.String() + " }; return __x }"
	if spread {
		// The elements a verb prints the text of through the switch,
		// the others as they are; UnwrapAll takes the wrappers apart.
		extra := ""
		if texts != nil {
			// Go prints the type of each argument past the verbs
			// (%!(EXTRA main.T=…)), which the switch's values do not
			// have.
			extra = fmt.Sprintf(" if len(__xs) > len(__t) { %s.SpreadExtra(%q, len(__t), len(__xs)) };", b.runtime, fn)
		}
		conv = b.runtime + ".UnwrapAll(func(__xs []any) []any { __c := " + conv + "; __t := []bool{" + strings.Join(texts, ", ") + "};" + extra + " __out := make([]any, len(__xs)); for __i, __x := range __xs { if __i >= len(__t) || __t[__i] { __out[__i] = __c(__x) } else { __out[__i] = __x } }; return __out }"
		b.wrap(x, conv+"(", "))")
		b.markPrinted(x)
		return true
	}
	b.wrapOperand(x, conv)
	return true
}

// ownForm is a form a value of a type the program declares may have in
// an interface: the type (ct = n) or a pointer to it (ct = *n).
type ownForm struct {
	tn *types.TypeName
	n  *types.Named
	ct types.Type
}

// ownForms lists, for each type the program declares that is neither an
// alias nor an interface, its forms n and *n, in that order: the cases of
// the type switches anySwitch, anyTypeName and badVerbAny make or judge.
func (b *boundary) ownForms() []ownForm {
	var out []ownForm
	for _, obj := range b.programTypes() {
		tn := obj.(*types.TypeName)
		n, ok := tn.Type().(*types.Named)
		if tn.IsAlias() || !ok || types.IsInterface(n) {
			continue
		}
		out = append(out, ownForm{tn, n, n}, ownForm{tn, n, types.NewPointer(n)})
	}
	return out
}

// confusable names what a value in an any that is not an n (ptr: a *n)
// may be while having n's structure, which is all the interpreter's type
// switch looks at for a bare value: another type of the program with n's
// underlying type, or a value of the underlying type stored in an any (by
// the interpreted code, or by a decoder of the standard library); "" when
// nothing may.
func (b *boundary) confusable(n *types.Named, ptr bool) string {
	u := n.Underlying()
	for _, obj := range b.programTypes() {
		tn := obj.(*types.TypeName)
		if tn.IsAlias() || tn.Type() == n || types.IsInterface(tn.Type()) {
			continue
		}
		if types.Identical(tn.Type().Underlying(), u) && (b.reached != nil || b.convertedType(tn.Type()) || b.convertedType(types.NewPointer(tn.Type()))) {
			// (in a program, values of the other type that never reach
			// an interface are no matter)
			return article(tn.Name()) + " (of the same underlying type)"
		}
		if g, ok := tn.Type().(*types.Named); ok && g.TypeParams().Len() > 0 && mayInstantiate(g.Underlying(), u) {
			// type Box[T any] struct{ X T }: a Box[int] is a bare
			// struct{ X int } to the interpreter too
			return "a " + tn.Name() + "[…] (a generic type whose instances may have the same underlying type)"
		}
	}
	key := unnamedKey(u)
	if ptr {
		// var b any = &struct{ X int }{2} printed as a *P, Go &{2}
		if key != "" && (b.storedPtrPlain["*"+key] || b.reached != nil && b.reached["stored:ptrplain:*"+key]) {
			return "a plain *" + key + " stored in an any"
		}
		return ""
	}
	if key != "" && (b.storedBasic[key] || b.reached != nil && b.reached["stored:basic:"+key]) {
		return "a plain " + key + " stored in an any"
	}
	if fn := b.genericPlain(u); fn != "" {
		return "a plain " + key + " given to " + fn + " (generic code may store it in an any)"
	}
	if _, basic := u.(*types.Basic); basic {
		if b.reached != nil {
			return "a plain " + key + " (which a cell's code or a decoder may store in an any)"
		}
		for _, obj := range b.info.Uses {
			pn, ok := obj.(*types.PkgName)
			if !ok {
				continue
			}
			if kinds, ok := anyDecoders[pn.Imported().Path()]; ok && (kinds == nil || slices.Contains(kinds, key)) {
				return "a plain " + key + " (which " + pn.Imported().Path() + " may store in an any)"
			}
		}
	}
	return ""
}

// Bare returns the value x holds as the interpreter keeps a value of the
// program's type in an any when it keeps it bare: its wrapper
// (interp.valueInterface) and the symbol table's struct for a standard
// interface (_fmt_Stringer: IValue and a func per method) taken off, the
// wrappers inside taken apart (Unwrap). The interpreter's type switch,
// binding the value, tells the bare value's type by its structure
// (anyTexts).
func Bare(x any) any {
	for x != nil {
		v := reflect.ValueOf(x)
		if !isNativeWrapper(v.Type()) {
			break
		}
		x = v.Field(0).Interface()
	}
	return Unwrap(x)
}

// genericPlain names a generic function or type of the program
// instantiated with u, a type without a name, as a type argument: its code
// may store a u in an any (func D[T any](v T) any { return v }), which
// the walk does not see as a store of a u; "" when there is none.
func (b *boundary) genericPlain(u types.Type) string {
	var names []string
	for id, inst := range b.info.Instances {
		obj := b.info.Uses[id]
		if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != pkgPath {
			continue
		}
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			if types.Identical(inst.TypeArgs.At(i), u) {
				names = append(names, obj.Name())
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	slices.Sort(names)
	return names[0]
}

// badVerbAny lowers x, an operand of static type any of call (a Printf
// of fmt or log, constant format), through anyTexts' switch when a value
// of a type of the program that may be in an any does not fit x's verb:
// Go's complaint names the type (%!d(main.Meters=1.5)), the interpreter's
// its underlying type (%!d(float64=1.5)). Where the switch cannot be
// made, x is refused. It reports whether it lowered or refused x.
func (b *boundary) badVerbAny(x ast.Expr, fn string, from types.Type, call *ast.CallExpr) bool {
	if b.printed[x] || call == nil {
		return false
	}
	if it, ok := from.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 {
		return false
	}
	_, i, format, ok := printfCall(call, b.info)
	if !ok {
		return false
	}
	verbs, paired := pairVerbs(format)
	if !paired {
		return false
	}
	var mine []string // the verbs x is given
	for k, v := range verbs {
		if v != "" && (call.Ellipsis.IsValid() && x == call.Args[len(call.Args)-1] && k >= len(call.Args)-i-2 || i+1+k < len(call.Args) && call.Args[i+1+k] == x) {
			mine = append(mine, v)
		}
	}
	var misfit types.Type
	var verb byte
	for _, f := range b.ownForms() {
		if b.reached == nil && !b.convertedType(f.ct) {
			continue
		}
		if c := misfitVerb(f.ct, mine); c != 0 {
			misfit, verb = f.ct, c
		}
	}
	if misfit == nil {
		if code := b.laterCode(x); b.reached != nil && code != "" && slices.ContainsFunc(mine, func(v string) bool { return strings.IndexByte("vTpw", v[len(v)-1]) < 0 }) {
			// For later cells (storedMeets, kind "v"): code run after
			// this cell, given a value of a type declared later that
			// does not fit a verb.
			what := "gives " + fn + " a value of type any with %" + strings.Join(mine, " %")
			b.laterKeys = append(b.laterKeys, "meets:"+code+"\x00v\x00"+what+"\x00"+strings.Join(mine, ";"))
		}
		return false
	}
	at, msg := b.at, b.msg
	if b.anyTexts(x, fn, from, call) || b.at != at || b.msg != msg {
		return true
	}
	b.refuse(x, "%s's %%%c of a value of type any that may hold %s: the verb does not fit it, and Go prints a complaint naming its type (%%!%[2]c(main.…=…)), where the interpreter would name its structure or underlying type. Not supported yet: use %%v, or a verb for the value's kind",
		fn, verb, article(typeString(misfit)))
	return true
}

// misfitVerb is the first of verbs (fmt's, "%5d") that does not fit a
// value of ct, a type of the program or a pointer to one, given to fmt
// through an any: fmt's complaint then names ct (%!d(main.Meters=1.5)).
// It is 0 where every verb fits, or prints the value's method's text.
func misfitVerb(ct types.Type, verbs []string) byte {
	ms := methodsOf(ct)
	for _, v := range verbs {
		c := v[len(v)-1]
		if strings.IndexByte("vTpw", c) >= 0 || ms["Format"] || strings.IndexByte("sqxX", c) >= 0 && (ms["String"] || ms["Error"]) {
			continue
		}
		below := ct.Underlying()
		if p, ok := ct.(*types.Pointer); ok {
			below = types.NewPointer(p.Elem().Underlying())
		}
		if u, ok := below.(*types.Basic); ok && !verbFits(u, c) || badVerbType(below, rune(c), 0, false, map[types.Type]bool{}) != nil {
			return c
		}
	}
	return 0
}

// plainVerbGuard lowers x, an operand of static type any that call (a
// Printf of fmt or log, constant format) prints with a verb printing
// fields (%d, %f…), through UnwrapPlain, while a type of the program with
// methods may reach an any through an interface of the standard library
// (var err error = E{2, "bad"}; var b any = err): the interpreter keeps
// the value there in the symbol table's struct, and fmt printed that
// struct's fields ({%!d(string=bad) 5307072}, Go {2 %!d(string=bad)}).
func (b *boundary) plainVerbGuard(x ast.Expr, call *ast.CallExpr) {
	if b.printed[x] || call == nil || len(b.storedVia) == 0 {
		return
	}
	if it, ok := b.info.TypeOf(x).Underlying().(*types.Interface); !ok || it.NumMethods() != 0 {
		return
	}
	_, i, format, ok := printfCall(call, b.info)
	if !ok {
		return
	}
	verbs, paired := pairVerbs(format)
	if !paired {
		return
	}
	for k, verb := range verbs {
		if i+1+k < len(call.Args) && call.Args[i+1+k] == x && verb != "" && !strings.Contains("vsqxXTpw", verb[len(verb)-1:]) {
			b.wrap(x, b.runtime+".UnwrapPlain(", ")")
			b.markPrinted(x)
		}
	}
}

// NativeWrapped reports whether x is, or holds in the interpreter's
// wrapper, the symbol table's struct for a value of the program's type
// stored in an interface of the standard library (var s fmt.Stringer =
// X{1}; var a any = s): its String or Error method is the value's, which
// fmt calls on it, but its IValue is not the value (for a struct, the
// interpreter put the last field there).
func NativeWrapped(x any) bool {
	for x != nil {
		v := reflect.ValueOf(x)
		if isNativeWrapper(v.Type()) {
			return true
		}
		if !isWrapper(v.Type()) {
			return false
		}
		u := unwrapIn(v, false)
		if !u.IsValid() || !u.CanInterface() {
			return false
		}
		x = u.Interface()
	}
	return false
}

// UnwrapPlain is Unwrap for fmt's verbs that print a value's fields (%d,
// %f…); a value NativeWrapped tells of stops the program, naming it:
// its fields are not known.
func UnwrapPlain(x any) any {
	if NativeWrapped(x) {
		panic("divergo: fmt's %d (or another verb printing fields) of an any holding a value of the program's type that was stored in an error or fmt.Stringer first: the interpreter keeps it there in a wrapper that does not give the value back; not supported: assert the concrete type first (v.(T)), or use %v")
	}
	return Unwrap(x)
}

// BareNamed is Bare for %T (anyTypeName); a value NativeWrapped tells
// of stops the program, naming it: its type is not known.
func BareNamed(x any) any {
	if NativeWrapped(x) {
		panic("divergo: fmt's %T of an any holding a value of the program's type that was stored in an error or fmt.Stringer first: the interpreter keeps it there in a wrapper that does not tell its type; not supported: print the static type, or assert the concrete type first")
	}
	return Bare(x)
}

// BadVerb is what fmt prints for a value of the program's type named typ
// (main.S), whose underlying value is v, given a verb that does not fit
// its kind (anySwitch): %!d(main.S=x), v printed with %v and the verb's
// flags, width and precision, as fmt's complaint prints it.
func BadVerb(typ string, v any) any {
	return badVerb{typ, v}
}

type badVerb struct {
	typ string
	v   any
}

// Format writes fmt's complaint.
func (b badVerb) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "%%!%c(%s=", verb, b.typ)
	fmt.Fprintf(f, fmt.FormatString(f, 'v'), b.v)
	fmt.Fprint(f, ")")
}

// SpreadExtra stops a program whose fn (fmt.Printf…) is given, spread,
// more arguments (args) than its format has verbs: Go prints each extra
// one with its type's name (%!(EXTRA main.T=…)), which anyTexts' values
// do not carry.
func SpreadExtra(fn string, verbs, args int) {
	panic(fmt.Sprintf("divergo: %s given %d arguments for %d verbs, values of the program's types with printing methods among them: Go names the extra arguments' types (%%!(EXTRA main.T=…)), which the interpreter cannot there; not supported: give the format a verb for each", fn, args, verbs))
}

// anyTypeName lets TypeVerbs lower fmt's %T of x, an operand of static
// type any of call, in a program: the interpreter names a value of the
// program's types there by its structure (struct { X int } for main.P).
// A type switch on the value, its wrappers taken off, names each of the
// program's types whose values reach an interface, as dynamicTypes does
// for the program's own interfaces:
//
//	fmt.Printf("%T", v)   →   fmt.Printf("%s", func(__x any) string { switch __v := RT.Bare(__x).(type) { case nil: return "<nil>"; case P: return "main.P"; … default: return fmt.Sprintf("%T", __v) } }(v))
//
// It applies when every such type can be named there and told apart by
// its structure (confusable), no value holding one (a []P) or of a type
// without a name with unexported fields or of a generic type's instance is
// stored in an any, and the format is a literal giving x the verb %T
// alone (TypeVerbs' conditions); the function goes to dyn.AnyNames. It
// reports whether it did.
func (b *boundary) anyTypeName(x ast.Expr, call *ast.CallExpr) bool {
	if b.reached != nil || b.dyn == nil || call == nil || call.Ellipsis.IsValid() {
		return false
	}
	if it, ok := b.info.TypeOf(x).Underlying().(*types.Interface); !ok || it.NumMethods() != 0 {
		return false // a map[point]any, a []any: TypeVerbs names its static type
	}
	_, i, format, ok := printfCall(call, b.info)
	if !ok {
		return false
	}
	if lit, ok := ast.Unparen(call.Args[i]).(*ast.BasicLit); !ok || lit.Kind != token.STRING {
		return false
	}
	verbs, paired := pairVerbs(format)
	if !paired {
		return false
	}
	k := -1
	for j := range verbs {
		if i+1+j < len(call.Args) && call.Args[i+1+j] == x {
			k = j
		}
	}
	if k < 0 || verbs[k] != "T" || k > 0 && verbs[k-1] == "" {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || b.storedHidden != nil || b.storedInstance != nil || len(b.held) > 0 {
		return false
	}
	prec := ""
	if spec := verbSpecs(format)[k]; strings.IndexByte(spec, '.') >= 0 {
		prec = spec[strings.IndexByte(spec, '.') : len(spec)-1]
	}
	var cases strings.Builder
	for _, f := range b.ownForms() {
		tn, n, ct := f.tn, f.n, f.ct
		if !b.convertedType(ct) {
			continue // never in an interface
		}
		if tn.Parent() != tn.Pkg().Scope() || n.TypeParams().Len() > 0 || b.confusable(n, isPointer(ct)) != "" {
			return false
		}
		name, ok1 := b.typeName(ct)
		goName, ok2 := TypeVerbName(ct)
		if !ok1 || !ok2 {
			return false
		}
		fmt.Fprintf(&cases, " case %s: return %s;", name, strconv.Quote(fmt.Sprintf("%"+prec+"s", goName)))
	}
	if b.dyn.AnyNames == nil {
		b.dyn.AnyNames = map[ast.Expr]string{}
	}
	// (The switch binds the value: the interpreter's matched a bare value's
	// case only then.)
	b.dyn.AnyNames[x] = fmt.Sprintf("func(__x any) string { switch __v := %s.BareNamed(__x).(type) { case nil: return \"<nil>\";%s default: return %s.Sprintf(%s, __v) } }",
		b.runtime, cases.String(), types.ExprString(sel.X), strconv.Quote("%"+prec+"T"))
	b.markPrinted(x)
	return true
}

// convertedType reports whether values of t (a type of the program, or a
// pointer to one) may be converted to an interface in the file, or stored
// there by generic code (the walk notes a type for its values and its
// pointers alike, and its values alone in convertedValue).
func (b *boundary) convertedType(t types.Type) bool {
	n := programNamed(t)
	if n == nil {
		return false
	}
	if _, ptr := t.(*types.Pointer); ptr && b.converted[n] || !ptr && b.convertedValue[n] {
		return true
	}
	for c := range b.genericStored(true) {
		if types.Identical(c, t) {
			return true
		}
	}
	return false
}

// mayInstantiate reports whether some instance of a generic type whose
// underlying type is g (its type parameters free) may have the underlying
// type u: struct{ X T } may be struct{ X int }. Kinds it does not take
// apart (functions, interfaces) it reports as may, when not identical.
func mayInstantiate(g, u types.Type) bool {
	g, u = types.Unalias(g), types.Unalias(u)
	if _, free := g.(*types.TypeParam); free {
		return true
	}
	switch g := g.(type) {
	case *types.Struct:
		us, ok := u.(*types.Struct)
		if !ok || us.NumFields() != g.NumFields() {
			return false
		}
		for i := 0; i < g.NumFields(); i++ {
			gf, uf := g.Field(i), us.Field(i)
			if gf.Name() != uf.Name() || gf.Embedded() != uf.Embedded() || g.Tag(i) != us.Tag(i) || !mayInstantiate(gf.Type(), uf.Type()) {
				return false
			}
		}
		return true
	case *types.Slice:
		us, ok := u.(*types.Slice)
		return ok && mayInstantiate(g.Elem(), us.Elem())
	case *types.Array:
		us, ok := u.(*types.Array)
		return ok && g.Len() == us.Len() && mayInstantiate(g.Elem(), us.Elem())
	case *types.Pointer:
		us, ok := u.(*types.Pointer)
		return ok && mayInstantiate(g.Elem(), us.Elem())
	case *types.Map:
		us, ok := u.(*types.Map)
		return ok && mayInstantiate(g.Key(), us.Key()) && mayInstantiate(g.Elem(), us.Elem())
	case *types.Chan:
		us, ok := u.(*types.Chan)
		return ok && g.Dir() == us.Dir() && mayInstantiate(g.Elem(), us.Elem())
	case *types.Named:
		un, ok := u.(*types.Named)
		if !ok || un.Origin() != g.Origin() || un.TypeArgs().Len() != g.TypeArgs().Len() {
			return false
		}
		for i := 0; i < g.TypeArgs().Len(); i++ {
			if !mayInstantiate(g.TypeArgs().At(i), un.TypeArgs().At(i)) {
				return false
			}
		}
		return true
	case *types.Signature, *types.Interface:
		return reflect.TypeOf(g) == reflect.TypeOf(u)
	}
	return types.Identical(g, u)
}

// verbFits reports whether fmt prints a value of the basic type u with the
// verb v, rather than a complaint (%!d(main.S=x)).
func verbFits(u *types.Basic, v byte) bool {
	info := u.Info()
	switch {
	case info&types.IsBoolean != 0:
		return strings.IndexByte("tv", v) >= 0
	case info&types.IsInteger != 0:
		return strings.IndexByte("bcdoOqxXUv", v) >= 0
	case info&(types.IsFloat|types.IsComplex) != 0:
		return strings.IndexByte("beEfFgGxXv", v) >= 0
	case info&types.IsString != 0:
		return strings.IndexByte("sqvxX", v) >= 0
	}
	return true
}

// spaced reports whether fn, one of fmt's or log's printing functions,
// puts a space between two operands when neither is a string by kind
// (Print, Sprint, Fprint, Append, log's Print, Fatal, Panic), where the
// kind of the value given to fmt matters.
func spaced(fn string) bool {
	i := strings.LastIndexByte(fn, '.')
	switch fn[i+1:] {
	case "Print", "Sprint", "Fprint", "Append", "Fatal", "Panic":
		return true
	}
	return false
}

// holderLater refuses, in a cell, storing x (of type from, holding an any
// below its top: a []any, a struct{ V any }) in an any while a function
// of an earlier cell gives fmt its parameter through anyTexts' switch,
// which does not reach below the top: show([]any{Point{1, 2}}) printed
// [{1 2}], Go [(1,2)]. Only while values of a type of the switch have
// reached an any (by this cell or an earlier one); a holder stored before
// them, into which a later cell puts one, is judged when given to the
// function (holderCallLater).
func (b *boundary) holderLater(x ast.Expr, from types.Type) {
	if b.reached == nil {
		return
	}
	var fns []string
	for key := range b.reached {
		if rest, ok := strings.CutPrefix(key, "later:anyswitch:"); ok {
			fn, name, _ := strings.Cut(rest, ":")
			if b.reached["stored:"+name] || b.toAnyNamed(name) {
				fns = append(fns, fn)
			}
		}
	}
	if len(fns) == 0 {
		return
	}
	slices.Sort(fns)
	b.refuse(x, "a value of type %s stored in an any while %s, declared in an earlier cell, gives fmt its parameter of type any through a switch on the session's types with String, Error or Format methods: the switch sees the any's own value only, and values of those types held below (in a []any, a map's values, a field of type any) would be printed bare, without the method Go calls. Not supported yet: give %[2]s the values it holds one by one",
		typeString(from), fns[0])
}

// viaStored reports whether a value of an interface with a method n has
// (an error, a fmt.Stringer) may have been stored in an any, by this code
// or an earlier cell's (viaMethods): a value of n it holds is in the
// interpreter's interface wrapper there (anySwitch). A pointer's the
// switch finds (case *Q).
func (b *boundary) viaStored(n *types.Named) bool {
	ms := types.NewMethodSet(n)
	for i := 0; i < ms.Len(); i++ {
		m := ms.At(i).Obj().Name()
		if b.viaMethods[m] || b.reached != nil && b.reached["storedvia:"+m] {
			return true
		}
	}
	return false
}

// viaLater notes the methods of from, an interface with methods whose
// value x is stored in to, an any (viaStored), and refuses it, in a cell,
// while a function of an earlier cell gives fmt its parameter of type any
// through anyTexts' switch on a type implementing from: the any holds the
// interpreter's wrapper of from, which the switch does not see through
// (var err error = E{5}; show(any(err)) printed 5, Go E!).
func (b *boundary) viaLater(x ast.Expr, from, to types.Type) {
	it, ok := from.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || hasTypeParam(from) {
		return
	}
	if tt, ok := to.Underlying().(*types.Interface); !ok || tt.NumMethods() > 0 {
		return
	}
	if b.viaMethods == nil {
		b.viaMethods = map[string]bool{}
	}
	for i := 0; i < it.NumMethods(); i++ {
		b.viaMethods[it.Method(i).Name()] = true
	}
	if b.reached == nil {
		return
	}
	var keys []string
	for key := range b.reached {
		if rest, ok := strings.CutPrefix(key, "later:anyswitch:"); ok {
			keys = append(keys, rest)
		}
	}
	slices.Sort(keys)
	for _, key := range keys {
		fn, name, _ := strings.Cut(key, ":")
		var tn *types.TypeName
		for _, obj := range b.info.Uses {
			if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath {
				tn, _ = obj.Pkg().Scope().Lookup(name).(*types.TypeName)
				break
			}
		}
		if tn == nil {
			for _, obj := range b.info.Defs {
				if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath {
					tn, _ = obj.Pkg().Scope().Lookup(name).(*types.TypeName)
					break
				}
			}
		}
		if tn == nil || !types.Implements(tn.Type(), it) {
			continue
		}
		b.refuse(x, "a value of type %s stored in an any while %s, declared in an earlier cell, gives fmt its parameter of type any through a switch on the session's types with String, Error or Format methods: a %s it may hold is kept in the interpreter's wrapper of %[1]s there, which the switch does not see through, and fmt would print the wrapper's insides, without the method Go calls. Not supported yet: store the %[3]s itself in the any, or its text",
			typeString(from), fn, name)
		return
	}
}

// shownHolder refuses showing x, a cell's value of an interface type,
// while a value holding an any below its top ([]any, map[string]any) and
// values of tn, a type with a String, Error or Format method, are stored
// in an any: the session shows the any's own value with its method, but
// the tn values held below it as the interpreter's wrappers (var xs any =
// []any{Point{1, 1}}; xs showed [{0xc… {…}}], Go [(1,1)]). It reports
// whether it refused.
func (b *boundary) shownHolder(x ast.Expr, fn string, tn *types.TypeName) bool {
	if b.storedHolder == nil && (b.reached == nil || !b.reached["stored:holder"]) {
		return false
	}
	if !b.stored[tn.Type()] && !b.stored[types.NewPointer(tn.Type())] && (b.reached == nil || !b.reached["stored:"+tn.Name()]) {
		return false
	}
	ms := methodsOf(tn.Type())
	for m := range methodsOf(types.NewPointer(tn.Type())) {
		ms[m] = true
	}
	if !ms["String"] && !ms["Error"] && !ms["Format"] {
		return false
	}
	b.refuse(x, "%s of a value of type any while a value holding an any ([]any, map[string]any, a field of type any) and values of %s are stored in an any: the %[2]s values held below would be shown as the interpreter's wrappers ({0xc… {…}}), without the method Go calls. Not supported yet: show the values it holds one by one",
		fn, tn.Name())
	return true
}

// toAnyNamed reports whether f stores values of its type named name in an
// any.
func (b *boundary) toAnyNamed(name string) bool {
	for t := range b.toAny {
		if n := programNamed(t); n != nil && n.Obj().Name() == name {
			return true
		}
	}
	return false
}
