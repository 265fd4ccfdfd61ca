package check

// This file gives fmt and log the value an interface of the standard
// library holds, when the interface has methods fmt does not call (not
// Error, String or Format: sort.Interface, io.Writer, io.Reader…) and a
// type of the program implements it. The interpreter (yaegi v0.16.1)
// keeps a program's value there in a struct of the symbol table's
// (_io_Writer: the value, and a func field per method), and fmt printed
// that struct, silently:
//
//	var r sort.Interface = byLen{"a"}; fmt.Println(r)   Go [a], the interpreter {[a] 0x50fac0 0x50fac0 0x50fac0}
//	var w io.Writer = &W{3}; fmt.Printf("%+v", w)       Go &{N:3}, the interpreter {IValue:0xc… WWrite:0x50fac0}
//
// interfaceTexts lowers such an argument (or a slice, map, struct or
// pointer holding such interfaces) as it lowers the program's own
// interfaces: a type switch on the program's types that implement the
// interface gives fmt the value itself; a value of another package's type
// (os.Stdout) is given as it is, and one the switch cannot name (a type
// declared inside a function) through NativeValue, which takes the value
// out of the symbol table's struct. encoding/json, which would fail on the
// struct's func fields (or marshal the wrapper), is refused (opaqueJSON).

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strings"
)

// opaqueNative reports whether t is an interface type of the standard
// library with methods, none of which fmt calls (Error, String, Format),
// that a type of the program (or a pointer to one) implements, or may (a
// generic type with methods).
func (b *boundary) opaqueNative(t types.Type) bool {
	if !nativeInterface(t) || hasTypeParam(t) {
		return false
	}
	it := t.Underlying().(*types.Interface)
	for i := 0; i < it.NumMethods(); i++ {
		switch it.Method(i).Name() {
		case "Error", "String", "Format":
			return false // fmt calls it, on the wrapper, which calls the value's
		}
	}
	return b.opaqueImplementer(it) != nil
}

// opaqueImplementer returns a type of the program (T or *T) that
// implements it, or nil.
func (b *boundary) opaqueImplementer(it *types.Interface) types.Type {
	for _, obj := range b.programTypes() {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if n.TypeParams().Len() > 0 {
			if types.NewMethodSet(types.NewPointer(n)).Len() > 0 {
				return n
			}
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(ct, it) {
				return ct
			}
		}
	}
	return nil
}

// holdsOpaque reports whether t is, or holds in elements, keys, fields or
// behind pointers, an interface opaqueNative tells of.
func (b *boundary) holdsOpaque(t types.Type) bool {
	for _, it := range heldInterfaces(t, map[types.Type]bool{}, nil) {
		if b.opaqueNative(it) {
			return true
		}
	}
	return false
}

// nativeDynamic is dynamic's function literal for an interface of the
// standard library. The interpreter's type switch on the symbol table's
// struct does not find a struct value of the program (its IValue is the
// struct's last field: a W{1, "x"} printed x), so the value Keep recorded
// is asked first, by its type's name (reshapeFromNative's way); the
// switch stays for a wrapper Keep was not given, and what it does not
// name is taken out of the struct (NativeValue). A value returned as it
// is, as an any, is the interpreter's wrapper of it: Unwrap takes it
// apart.
func (p *fmtMirror) nativeDynamic(iname string, it *types.Interface, deep bool) string {
	rt := p.b.runtime
	var kept, cases strings.Builder
	ok := p.heldTypes(iname, it, deep, rt+".Unwrap(v)", func(ct types.Type, name, value string) {
		if st, ok := ct.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
			// The interpreter's assertion to a struct type without
			// fields panicked (reflect: Field index out of bounds):
			// its one value is made instead.
			fmt.Fprintf(&kept, " case %q: v := %s{}; return %s;", runtimeName(ct), name, value)
			return
		}
		fmt.Fprintf(&kept, " case %q: v := __u.(%s); return %s;", runtimeName(ct), name, value)
		fmt.Fprintf(&cases, " case %s: return %s;", name, value)
	})
	if !ok {
		return ""
	}
	return "func(__x " + iname + ") any { if __x == nil { return nil }; if __u, __n, __ok := " + rt + ".Kept(__x); __ok { switch __n {" + kept.String() + " }; return " + rt + ".Unwrap(__u) }; switch v := __x.(type) {" + cases.String() + " }; return " + rt + ".NativeValue(__x) }"
}

// prescanOpaque makes storing a program's value in an interface of the
// standard library hand it to Keep (prescanAsserts) when f gives fmt or
// log a value that is, or holds, an interface opaqueNative tells of:
// nativeDynamic asks Keep for the value.
func (b *boundary) prescanOpaque(f *ast.File) {
	if b.keeps {
		return
	}
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || b.keeps {
			return !b.keeps
		}
		if fn, ok := b.native(call); !ok || !unwrapped[fn] || strings.HasPrefix(fn, "json.") {
			return true
		}
		for _, a := range call.Args {
			if t := b.info.TypeOf(a); t != nil && b.operand(a, call) && b.holdsOpaque(t) {
				b.keeps = true
			}
		}
		return true
	})
}

// opaqueJSON refuses giving encoding/json a value that is, or holds, an
// interface opaqueNative tells of: the interpreter hands json the symbol
// table's struct (json: unsupported type: func([]uint8) (int, error)).
func (b *boundary) opaqueJSON(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, ok := b.native(call)
	if !ok || !strings.HasPrefix(fn, "json.") && !strings.HasPrefix(fn, "xml.") {
		return
	}
	if _, decodes := unmarshalArgs[fn]; decodes {
		return
	}
	for _, it := range heldInterfaces(from, map[types.Type]bool{}, nil) {
		if b.opaqueNative(it) && !marshals(it) {
			impl := b.opaqueImplementer(it.Underlying().(*types.Interface))
			b.refuse(x, "%s of %s: a %s may hold a %s, declared in %s; the interpreter keeps it in a struct of its own (the value and one func per method), which encoding/%s would encode (or fail on). Not supported yet: assert the concrete type first (v.(%[4]s)) and encode that",
				fn, typeString(from), typeString(it), typeString(impl), b.where, strings.SplitN(fn, ".", 2)[0])
			return
		}
	}
}

// NativeValue returns the value x holds when x is the interpreter's struct
// for a value stored in an interface of the standard library (its first
// field IValue, the value; then a func field per method, WWrite…), taken
// apart as Unwrap takes values apart; x otherwise, as Unwrap gives it.
func NativeValue(x any) any {
	if x == nil {
		return nil
	}
	v := reflect.ValueOf(x)
	if isNativeWrapper(v.Type()) {
		return Unwrap(v.Field(0).Interface())
	}
	return Unwrap(x)
}

// isNativeWrapper reports whether t is a symbol table's struct for values
// stored in an interface (see NativeValue).
func isNativeWrapper(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || !strings.HasPrefix(t.Name(), "_") || t.NumField() < 2 {
		return false
	}
	if f := t.Field(0); f.Name != "IValue" || f.Type.Kind() != reflect.Interface {
		return false
	}
	for i := 1; i < t.NumField(); i++ {
		if f := t.Field(i); !strings.HasPrefix(f.Name, "W") || f.Type.Kind() != reflect.Func {
			return false
		}
	}
	return true
}

// operand reports whether x is one of the values call (a function of
// fmt's or log's) prints: not Fprint's writer or Append's slice.
func (b *boundary) operand(x ast.Expr, call *ast.CallExpr) bool {
	fn, _ := b.native(call)
	if strings.HasPrefix(fn, "fmt.Fprint") || strings.HasPrefix(fn, "fmt.Append") {
		return len(call.Args) > 0 && x != call.Args[0]
	}
	return true
}

// noteOpaqueAny records that x, a value of an interface opaqueNative
// tells of (from), is stored in the empty interface to of interpreted
// code: the any then holds the symbol table's struct, which fmt prints
// ({[a] 0x50fac0 0x50fac0 0x50fac0}, Go [a]); opaqueAnyProbed refuses
// giving fmt, log or json an any while one may be there.
func (b *boundary) noteOpaqueAny(x ast.Expr, from, to types.Type, call *ast.CallExpr) {
	if it, ok := to.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 || !b.opaqueNative(from) {
		return
	}
	if call != nil && b.nativeCall(call) {
		return
	}
	if b.opaqueAny == nil {
		b.opaqueAny = map[string]bool{}
	}
	b.opaqueAny[typeString(from)] = true
	if b.reached != nil {
		b.reached["opaqueany:"+typeString(from)] = true
	}
}

// opaqueAnyProbed is pendAnyProbed's refusal of fn given x, of static type
// from holding an any, while values of an interface opaqueNative tells of
// are stored in an any (noteOpaqueAny; in a session, by earlier cells
// too). It reports whether it refused.
func (b *boundary) opaqueAnyProbed(x ast.Expr, fn string, from types.Type) bool {
	var names []string
	for name := range b.opaqueAny {
		names = append(names, name)
	}
	for key := range b.reached {
		if name, ok := strings.CutPrefix(key, "opaqueany:"); ok && !b.opaqueAny[name] {
			names = append(names, name)
		}
	}
	if strings.HasPrefix(fn, "json.") || strings.HasPrefix(fn, "xml.") {
		// json.Marshaler's struct has MarshalJSON, which json calls.
		kept := names[:0]
		for _, name := range names {
			if !marshalerNames[name] {
				kept = append(kept, name)
			}
		}
		names = kept
	}
	if len(names) == 0 {
		return false
	}
	sort.Strings(names)
	b.refuse(x, "%s of a value of type %s while values of %s are stored in an any: the interpreter keeps a value of a type declared in %s there in a struct of its own (the value and one func per method), which %[1]s would print or encode ({[a] 0x50fac0 …}). Not supported yet: give %[1]s the %[3]s value itself, or assert the concrete type first",
		fn, typeString(from), names[0], b.where)
	return true
}

// marshals reports whether the interface t has a method encoding/json or
// encoding/xml calls (json.Marshaler's MarshalJSON…): the symbol table's
// struct has it too, and calls the value's.
func marshals(t types.Type) bool {
	it := t.Underlying().(*types.Interface)
	for i := 0; i < it.NumMethods(); i++ {
		switch it.Method(i).Name() {
		case "MarshalJSON", "MarshalText", "MarshalXML":
			return true
		}
	}
	return false
}

// marshalerNames are the standard library's interfaces with a method
// encoding/json or encoding/xml calls, as typeString writes them.
var marshalerNames = map[string]bool{"json.Marshaler": true, "encoding.TextMarshaler": true, "xml.Marshaler": true}
