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
	text := true
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
		verb := ""
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
	if !text {
		// %d, %f…: fmt calls no method, and prints the fields.
		b.wrap(x, b.runtime+".UnwrapPlain(", ")")
		b.markPrinted(x)
		return true
	}
	p := &fmtMirror{b: b, memo: map[mirrorKey]string{}}
	var body strings.Builder
	var switched []*types.Named
	for _, obj := range b.programTypes() {
		tn := obj.(*types.TypeName)
		n, ok := tn.Type().(*types.Named)
		if tn.IsAlias() || !ok || types.IsInterface(n) {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if ms := methodsOf(ct); !ms["String"] && !ms["Error"] && !ms["Format"] {
				continue
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
			text, ok2 := p.method(ct)
			if !ok || !ok2 || p.failed {
				return false
			}
			fmt.Fprintf(&body, " case %s: return %s(v);", name, text)
			if len(switched) == 0 || switched[len(switched)-1] != n {
				switched = append(switched, n)
			}
		}
	}
	if body.Len() == 0 {
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
		}
	}
	conv := "func(__x any) any { if " + b.runtime + ".NativeWrapped(__x) { return __x }; __x = " + b.runtime + ".Bare(__x); if __x == nil { return nil }; switch v := __x.(type) {" + body.String() + " }; return __x }"
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
	if isCallOperand(x) {
		b.wrap(x, conv+"((", "))")
	} else {
		b.wrap(x, conv+"(", ")")
	}
	b.markPrinted(x)
	return true
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
	}
	if ptr {
		return "" // a *struct{ X int } is not a *P to the interpreter
	}
	key := unnamedKey(u)
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
	for _, obj := range b.programTypes() {
		tn := obj.(*types.TypeName)
		n, ok := tn.Type().(*types.Named)
		if tn.IsAlias() || !ok || types.IsInterface(n) {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
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
