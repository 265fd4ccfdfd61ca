package check

// This file gives fmt the program's structs with their own field names.
// The interpreter (yaegi v0.16.1) builds a program's struct types with
// reflect.StructOf, which it gives exported names only: an unexported
// field name is renamed Xname (and tagged, fields.go), so that
// fmt.Printf("%+v", item{"a", 2}) printed {Name:a Xhide:2} where Go
// prints {Name:a hide:2}, silently (MisprintedFormat refused it).
// reflect.StructOf does make unexported fields when given their package
// path, so a native helper copies the value, at the call, into a value of
// a struct type built with the original names, field by field, through
// the structs, slices, arrays and maps that hold such structs, and a
// pointer operand (fmt prints &{…} for it):
//
//	fmt.Printf("%+v\n", items)   →   fmt.Printf("%+v\n", __divergo.Fields(items, "LS{Name:.,hide:.}"))
//
// The names come from the static type (FieldsSpec): the runtime type
// cannot tell an exported Xhide from a renamed hide. The copy has the
// field values fmt prints, in the same order (a map's keys sort alike),
// and the unexported fields stay unexported, so that fmt calls no method
// below them, as in Go (the interpreter's exported Xwait had fmt call
// String of a time.Duration there). A value of the program with a String
// or Error method that fmt calls below the operand (an exported field, an
// element) loses it in the interpreter ({21.5} where Go prints {21.5°}):
// the copy holds the method's text there, given by a function of the
// lowering, which Fields calls:
//
//	fmt.Println(r)   →   fmt.Println(__divergo.Fields(r, "S{At:F0,note:.}", func(__v temp) string { return __v.String() }))
//
// An unexported field of type any (box{"d", time.Second}: Go printed
// {d 1000000000}, the interpreter, whose field Xv is exported, called
// String: {d 1s}) is copied as an unexported any holding the value inside,
// taken out of the interpreter's wrapper when it is one of the program's
// values (an I node): fmt calls no method below it, in Go as in the copy,
// whatever the verb. With %+v the names of the structs inside show, and an
// unexported field the interpreter renamed (a to Xa) cannot be told from an
// exported one then: the program stops there (J nodes, renamedField).
//
// Not copied (MisprintedFormat and the boundary keep refusing): a value
// whose printed part holds an interface other than an unexported field's
// any (the interpreter's wrappers), such an any among a map's keys, a
// value with a Format method below the operand, method texts in a map's
// keys (fmt orders the keys by value), a type that holds itself other
// than through a pointer (reflect builds no recursive type), type
// parameters, and %T and %#v, which print the type's name.

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unsafe"
)

// FieldsSpec returns the description of a value of static type t, an
// operand of fmt, that Fields copies with the struct fields' own names:
// "." when it prints right as it is (no struct with an unexported field is
// printed, no method is lost), false when it cannot be copied right (see
// above). methods are the types whose String or Error text F nodes give,
// in order. hidden reports a value of another package with a String,
// Error or Format method below an unexported field, which fmt calls in the
// interpreter (whose field is exported, Xwait) and not in Go (a
// time.Duration field wait printed 2ms with %v, Go 2000000), for every
// verb that calls methods: the copy's field is unexported. The grammar:
//
//	spec  = "." | "S{" field { "," field } "}" | "L" spec | "A" spec | "M" spec spec | "P" spec | ("F" | "E") index | "I"
//	field = name ":" spec
//
// S a struct (its fields in order), L a slice, A an array, M a map (key,
// value), P the operand's pointer to a struct, slice, array or map, F the
// text of the String method of methods[index], E of its Error method, I
// the value in an empty interface below an unexported field, unwrapped.
// Fields reads a description that starts with "+" (printed with %+v) with
// J nodes for its I nodes.
func FieldsSpec(t types.Type) (spec string, methods []types.Type, hidden, ok bool) {
	w := &fieldSpecs{on: map[types.Type]bool{}}
	spec = w.spec(t, true, true)
	return spec, w.methods, w.hidden, !w.failed
}

// fieldSpecs writes FieldsSpec's description; on are the named types on
// the path from the operand, failed a value that cannot be copied,
// hidden a method below an unexported field, methods the F nodes' types.
type fieldSpecs struct {
	on                    map[types.Type]bool
	failed, hidden, texts bool // texts: an F or E node written
	anys                  bool // an I node written
	methods               []types.Type
}

// spec describes a value of type t; top: the operand itself; shown: fmt
// reaches it through exported fields only, where it calls methods.
func (w *fieldSpecs) spec(t types.Type, top, shown bool) string {
	t = types.Unalias(t)
	if w.failed {
		return "."
	}
	if n, ok := t.(*types.Named); ok {
		if n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != pkgPath {
			// Another package's type: its own methods and fields, in
			// the interpreter too, unless it holds the program's types.
			if n.TypeArgs().Len() > 0 {
				w.failed = true
			} else if !shown && nativeMethods(n, map[types.Type]bool{}) {
				w.hidden = true
			}
			return "."
		}
	}
	if _, ok := t.(*types.TypeParam); ok {
		w.failed = true
		return "."
	}
	if !top && shown {
		// fmt calls the method of a value below the operand reached
		// through exported fields; the interpreter's values have none.
		if ms := methodsOf(t); ms["Format"] {
			w.failed = true
			return "."
		} else if ms["String"] || ms["Error"] {
			if !methodNameable(t) {
				w.failed = true
				return "."
			}
			w.texts = true
			letter := "F"
			if ms["Error"] {
				letter = "E" // fmt's order
			}
			for k, m := range w.methods {
				if types.Identical(m, t) {
					return fmt.Sprintf("%s%d", letter, k)
				}
			}
			w.methods = append(w.methods, t)
			return fmt.Sprintf("%s%d", letter, len(w.methods)-1)
		}
	}
	if n, ok := t.(*types.Named); ok {
		if w.on[n] {
			w.failed = true // held by value in itself: a recursive type
			return "."
		}
		w.on[n] = true
		defer delete(w.on, n)
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		if !shown && u.Empty() {
			// Below an unexported field fmt calls no method of the
			// value inside: the copy's unexported any holds it, taken
			// out of the interpreter's wrapper (an I node).
			w.hidden, w.anys = true, true
			return "I"
		}
		w.failed = true // the interpreter's wrappers of stored values
	case *types.Pointer:
		if !top {
			if !shown && nativeMethods(u, map[types.Type]bool{}) {
				w.hidden = true // *time.Location: its String
			}
			return "." // fmt prints the address below the operand
		}
		switch u.Elem().Underlying().(type) {
		case *types.Struct, *types.Slice, *types.Array, *types.Map:
			if e := w.spec(u.Elem(), false, shown); e != "." {
				return "P" + e
			}
		}
	case *types.Slice:
		if e := w.spec(u.Elem(), false, shown); e != "." {
			return "L" + e
		}
	case *types.Array:
		if e := w.spec(u.Elem(), false, shown); e != "." {
			return "A" + e
		}
	case *types.Map:
		texts, anys := w.texts, w.anys
		w.texts, w.anys = false, false
		k := w.spec(u.Key(), false, shown)
		if w.texts || w.anys {
			// fmt orders the keys by their values; keys unwrapped
			// from the interpreter's wrappers may collide (temp(3)
			// and celsius(3) both a float64 3).
			w.failed = true
		}
		w.texts, w.anys = texts, w.anys || anys
		e := w.spec(u.Elem(), false, shown)
		if k != "." || e != "." {
			return "M" + k + e
		}
	case *types.Struct:
		var fields []string
		renamed := false
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			s := w.spec(fd.Type(), false, shown && fd.Exported())
			renamed = renamed || !fd.Exported() || s != "."
			fields = append(fields, fd.Name()+":"+s)
		}
		if renamed {
			return "S{" + strings.Join(fields, ",") + "}"
		}
	case *types.Chan:
		// fmt prints its address
	}
	return "."
}

// methodNameable reports whether the lowering can name t in a function
// giving its method's text: a type of the program declared at the top
// level, not generic, or a pointer to one.
func methodNameable(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath && n.Obj().Parent() == n.Obj().Pkg().Scope() && n.TypeParams().Len() == 0 && n.TypeArgs().Len() == 0
}

// nativeMethods reports whether fmt may call a String, Error or Format
// method of a value of t, another package's type, or of a value it holds
// (through exported fields, elements, map keys and values; any
// interface, whose value is known only at run time).
func nativeMethods(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if ms := methodsOf(t); ms["String"] || ms["Error"] || ms["Format"] {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return true
	case *types.Slice:
		return nativeMethods(u.Elem(), seen)
	case *types.Array:
		return nativeMethods(u.Elem(), seen)
	case *types.Map:
		return nativeMethods(u.Key(), seen) || nativeMethods(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if u.Field(i).Exported() && nativeMethods(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// printFields lowers an operand of fmt's or log's printing functions whose
// value holds a struct with unexported fields (see above): Fields gives
// fmt a copy with the fields' own names printed with %+v; with %v (and
// Print, Println) a copy with the texts of the String and Error methods
// fmt calls below the operand, or unexported fields holding another
// package's values with such methods (also with %s, %q, %x and %X, but
// with method texts: fmt's complaints about values that do not fit the
// verb name the program's types); with every verb but %T and %p when an
// unexported field's any is copied (I nodes: a Format method of the value
// inside would be called with any verb in the interpreter), which rules
// the values stored in it out of pendAnyProbed's refusals (anyCopied).
func (b *boundary) printFields(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, ok := b.native(call)
	if !ok || b.printed[x] || call.Ellipsis.IsValid() || printWriter(fn, call, x) {
		return
	}
	if _, ok := ElementTexts(from, b.typeName); ok && !PlusOperand(call, x, b.info) {
		return // elementTexts' []string of the texts
	}
	plus := PlusOperand(call, x, b.info)
	verb := "v" // Print, Println
	if !plus {
		if _, i, format, ok := printfCall(call, b.info); ok {
			verbs, paired := pairVerbs(format)
			if !paired {
				return
			}
			verb = ""
			for k, v := range verbs {
				if i+1+k < len(call.Args) && call.Args[i+1+k] == x && v != "" && !strings.Contains(v, "#") {
					verb = v[len(v)-1:]
				}
			}
		} else if !unwrapped[fn] || strings.HasPrefix(fn, "json.") {
			return
		}
	}
	spec, methods, hidden, ok := PlusSpec(from)
	switch {
	case !ok || spec == ".":
		return
	case plus, verb == "v" && (hidden || len(methods) > 0):
	case strings.Contains("sqxX", verb) && verb != "" && hidden && len(methods) == 0:
		// Another verb that calls methods: fmt's complaints about a
		// value that does not fit it name the program's types
		// (%!s(main.temp=3)), which the copy's values cannot.
	case verb != "" && !strings.Contains("Tp", verb) && len(methods) == 0 && specHoldsAny(spec):
		// A Format method of the value in an unexported any is
		// called with every verb in the interpreter, never in Go.
	default:
		return
	}
	if plus {
		spec = "+" + spec // the names of the structs in an any matter
	}
	args := fmt.Sprintf("%q", spec)
	for _, t := range methods {
		name, ok := b.typeName(t)
		if !ok {
			b.refuse(x, "%s of %s: Go calls the methods of the %s values inside it, which the interpreter's values lose, and %[3]s cannot be named here. Not supported yet: pass the %[3]s values one by one", fn, typeString(from), typeString(t))
			return
		}
		m := "String"
		if methodsOf(t)["Error"] {
			m = "Error" // fmt's order
		}
		args += ", func(__v " + name + ") string { return __v." + m + "() }"
	}
	b.wrap(x, b.runtime+".Fields(", ", "+args+")")
	b.markPrinted(x)
	if specHoldsAny(strings.TrimPrefix(spec, "+")) {
		if b.anyCopied == nil {
			b.anyCopied = map[ast.Expr]bool{}
		}
		b.anyCopied[x] = true
		if r, ok := b.laterKeysOf[x]; ok {
			// What later cells judge this print by: Fields unwraps
			// whatever they store there, printed as in Go.
			for i := r[0]; i < r[1]; i++ {
				b.laterKeys[i] = ""
			}
		}
	}
}

// PlusOperand reports whether x is an operand of call, a function of the
// Printf family with a constant format, paired with a %+v verb (with any
// width or flags but #).
func PlusOperand(call *ast.CallExpr, x ast.Expr, info *types.Info) bool {
	_, i, format, ok := printfCall(call, info)
	if !ok || call.Ellipsis.IsValid() {
		return false
	}
	verbs, paired := pairVerbs(format)
	if !paired {
		return false
	}
	for k, verb := range verbs {
		if i+1+k < len(call.Args) && call.Args[i+1+k] == x {
			return strings.HasSuffix(verb, "v") && strings.Contains(verb, "+") && !strings.Contains(verb, "#")
		}
	}
	return false
}

// PlusSpec is FieldsSpec for an operand of static type t: "." (printed
// right) when fmt calls its String, Error or Format method, which prints
// no fields (the boundary gives fmt an error as an error); false for a
// value whose pointer has such a method (Go prints the fields, the
// interpreter calls it: the boundary's own lowering or refusal).
func PlusSpec(t types.Type) (spec string, methods []types.Type, hidden, ok bool) {
	if ms := methodsOf(t); ms["String"] || ms["Error"] || ms["Format"] {
		return ".", nil, false, true
	}
	if _, ptr := t.Underlying().(*types.Pointer); !ptr {
		if ms := methodsOf(types.NewPointer(t)); ms["String"] || ms["Error"] || ms["Format"] {
			return "", nil, false, false
		}
	}
	return FieldsSpec(t)
}

// specHoldsAny reports whether the description spec has an I node: an
// unexported field's any.
func specHoldsAny(spec string) bool {
	n, rest := parseFieldSpec(spec)
	return n != nil && rest == "" && n.holds('I')
}

// holds reports whether n or a node below it is of kind k.
func (n *fieldSpec) holds(k byte) bool {
	if n.kind == k {
		return true
	}
	for _, e := range n.elems {
		if e.holds(k) {
			return true
		}
	}
	return false
}

// plusNodes makes n's I nodes J nodes: printed with %+v, where the names
// of the structs inside show.
func (n *fieldSpec) plusNodes() {
	if n.kind == 'I' {
		n.kind = 'J'
	}
	for _, e := range n.elems {
		e.plusNodes()
	}
}

// A fieldSpec is a parsed FieldsSpec description.
type fieldSpec struct {
	kind  byte // '.', 'S', 'L', 'A', 'M', 'P', 'F', 'E', 'I', 'J'
	index int  // F's and E's method
	names []string
	elems []*fieldSpec // a struct's fields; an element; a map's key and value
}

var fieldSpecMemo sync.Map // string → *fieldSpec
var fieldTypeMemo sync.Map // fieldTypeKey → reflect.Type

type fieldTypeKey struct {
	spec string
	t    reflect.Type
}

// Fields returns a copy of x whose structs have the field names spec
// gives (see above), for fmt, and whose F nodes hold the text of the
// method that methods[index], a func(T) string, calls; x itself when
// there is nothing to copy. A value whose shape is not the one spec
// describes stops the program: the lowering and the interpreter
// disagree, and fmt would print the interpreter's names.
func Fields(x any, spec string, methods ...any) any {
	if x == nil || spec == "." {
		return x
	}
	s, ok := fieldSpecMemo.Load(spec)
	if !ok {
		p, rest := parseFieldSpec(strings.TrimPrefix(spec, "+"))
		if p == nil || rest != "" {
			panic("divergo: Fields: bad description " + spec)
		}
		if strings.HasPrefix(spec, "+") {
			p.plusNodes()
		}
		s, _ = fieldSpecMemo.LoadOrStore(spec, p)
	}
	v := reflect.ValueOf(x)
	key := fieldTypeKey{spec, v.Type()}
	mt, ok := fieldTypeMemo.Load(key)
	if !ok {
		t, err := s.(*fieldSpec).mirrorType(v.Type())
		if err != "" {
			panic("divergo: Fields: a value of type " + v.Type().String() + " is not " + spec + ": " + err)
		}
		mt, _ = fieldTypeMemo.LoadOrStore(key, t)
	}
	fns := make([]reflect.Value, len(methods))
	for i, m := range methods {
		fns[i] = reflect.ValueOf(m)
		if fns[i].Kind() != reflect.Func || fns[i].Type().NumIn() != 1 || fns[i].Type().NumOut() != 1 || fns[i].Type().Out(0).Kind() != reflect.String {
			panic(fmt.Sprintf("divergo: Fields: method %d is a %T", i, m))
		}
	}
	return s.(*fieldSpec).copyValue(addressable(v), mt.(reflect.Type), fns).Interface()
}

// parseFieldSpec parses one description from the start of s, returning
// the rest of s; nil when it is not one.
func parseFieldSpec(s string) (*fieldSpec, string) {
	if s == "" {
		return nil, s
	}
	n := &fieldSpec{kind: s[0]}
	s = s[1:]
	switch n.kind {
	case '.', 'I':
	case 'L', 'A', 'P':
		e, rest := parseFieldSpec(s)
		if e == nil {
			return nil, s
		}
		n.elems, s = []*fieldSpec{e}, rest
	case 'F', 'E':
		k := 0
		for s != "" && s[0] >= '0' && s[0] <= '9' {
			k, s = k*10+int(s[0]-'0'), s[1:]
		}
		n.index = k
	case 'M':
		k, rest := parseFieldSpec(s)
		if k == nil {
			return nil, s
		}
		e, rest := parseFieldSpec(rest)
		if e == nil {
			return nil, s
		}
		n.elems, s = []*fieldSpec{k, e}, rest
	case 'S':
		if !strings.HasPrefix(s, "{") {
			return nil, s
		}
		s = s[1:]
		for {
			name, rest, ok := strings.Cut(s, ":")
			if !ok || name == "" {
				return nil, s
			}
			e, rest := parseFieldSpec(rest)
			if e == nil || rest == "" {
				return nil, s
			}
			n.names, n.elems = append(n.names, name), append(n.elems, e)
			s = rest[1:]
			if rest[0] == '}' {
				break
			}
			if rest[0] != ',' {
				return nil, s
			}
		}
	default:
		return nil, s
	}
	return n, s
}

// mirrorType returns the type of the copy of a value of the interpreter's
// type t, or why t does not fit the description.
func (n *fieldSpec) mirrorType(t reflect.Type) (reflect.Type, string) {
	switch n.kind {
	case '.':
		return t, ""
	case 'F', 'E':
		return anyType, "" // the method's text
	case 'I', 'J':
		if t.Kind() != reflect.Interface {
			return nil, "not an interface"
		}
		return anyType, "" // the value inside, unwrapped
	case 'P', 'L', 'A':
		want := map[byte]reflect.Kind{'P': reflect.Pointer, 'L': reflect.Slice, 'A': reflect.Array}[n.kind]
		if t.Kind() != want {
			return nil, "not a " + want.String()
		}
		e, err := n.elems[0].mirrorType(t.Elem())
		if err != "" {
			return nil, err
		}
		switch n.kind {
		case 'P':
			return reflect.PointerTo(e), ""
		case 'L':
			return reflect.SliceOf(e), ""
		}
		return reflect.ArrayOf(t.Len(), e), ""
	case 'M':
		if t.Kind() != reflect.Map {
			return nil, "not a map"
		}
		k, err := n.elems[0].mirrorType(t.Key())
		if err != "" {
			return nil, err
		}
		e, err := n.elems[1].mirrorType(t.Elem())
		if err != "" {
			return nil, err
		}
		if !k.Comparable() {
			return nil, "a key of an incomparable copy"
		}
		return reflect.MapOf(k, e), ""
	case 'S':
		if t.Kind() != reflect.Struct || t.NumField() != len(n.names) {
			return nil, "not a struct of its fields"
		}
		fields := make([]reflect.StructField, len(n.names))
		for i, name := range n.names {
			ft, err := n.elems[i].mirrorType(t.Field(i).Type)
			if err != "" {
				return nil, err
			}
			fields[i] = reflect.StructField{Name: name, Type: ft}
			if !ast.IsExported(name) {
				fields[i].PkgPath = pkgPath
			}
		}
		st, ok := structOf(fields)
		if !ok {
			return nil, "reflect.StructOf refused its fields"
		}
		return st, ""
	}
	return nil, "an unknown description"
}

// copyValue copies v, a value of the interpreter's type, into a new value
// of type mt (n.mirrorType's); fns give F nodes' texts.
func (n *fieldSpec) copyValue(v reflect.Value, mt reflect.Type, fns []reflect.Value) reflect.Value {
	v = readable(v)
	switch n.kind {
	case '.':
		return v
	case 'F', 'E':
		if n.index >= len(fns) || fns[n.index].Type().In(0) != v.Type() {
			panic("divergo: Fields: no method for a value of type " + v.Type().String())
		}
		isNil := v.Kind() == reflect.Pointer && v.IsNil()
		fn := fns[n.index]
		name := "String"
		if n.kind == 'E' {
			name = "Error"
		}
		text := MethodText(func() string { return fn.Call([]reflect.Value{v})[0].String() }, name, isNil)
		return reflect.ValueOf(&text).Elem()
	case 'I', 'J':
		out := reflect.New(anyType).Elem()
		if v.IsNil() {
			return out
		}
		if e := unwrapIn(v.Elem(), false); e.IsValid() {
			if n.kind == 'J' {
				if name, ok := renamedField(e, 0); ok {
					panic("divergo: fmt's %+v of a value holding, in an unexported field of type any, a struct with a field " + name + ": Go prints the field's own name, and the interpreter renames the unexported fields of the program's structs (x to Xx), so that " + name + " may be either; not supported: print that value with %v, or by itself")
				}
			}
			out.Set(e)
		}
		return out
	case 'P':
		if v.IsNil() {
			return reflect.Zero(mt)
		}
		p := reflect.New(mt.Elem())
		p.Elem().Set(n.elems[0].copyValue(v.Elem(), mt.Elem(), fns))
		return p
	case 'L', 'A':
		var out reflect.Value
		if n.kind == 'L' {
			if v.IsNil() {
				return reflect.Zero(mt)
			}
			out = reflect.MakeSlice(mt, v.Len(), v.Len())
		} else {
			out = reflect.New(mt).Elem()
		}
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(n.elems[0].copyValue(v.Index(i), mt.Elem(), fns))
		}
		return out
	case 'M':
		if v.IsNil() {
			return reflect.Zero(mt)
		}
		out := reflect.MakeMapWithSize(mt, v.Len())
		it := v.MapRange()
		for it.Next() {
			out.SetMapIndex(n.elems[0].copyValue(it.Key(), mt.Key(), fns), n.elems[1].copyValue(it.Value(), mt.Elem(), fns))
		}
		return out
	case 'S':
		out := reflect.New(mt).Elem()
		v = addressable(v)
		for i := range n.names {
			dst := out.Field(i)
			dst = reflect.NewAt(dst.Type(), unsafe.Pointer(dst.UnsafeAddr())).Elem()
			dst.Set(n.elems[i].copyValue(v.Field(i), mt.Field(i).Type, fns))
		}
		return out
	}
	return v
}

// readable returns v, or, v read through an unexported field, a value of
// it that reflect lets be copied.
func readable(v reflect.Value) reflect.Value {
	if v.CanInterface() {
		return v
	}
	if v.CanAddr() {
		return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	return v
}

// renamedField finds, in v, a value fmt prints below an unexported field
// (following no pointer: fmt prints its address there), a struct of the
// interpreter (a struct type without a name) with a field whose name may
// be an unexported one the interpreter renamed: X followed by anything but
// an upper-case letter (yaegi's exportName: hide becomes Xhide), which an
// exported field Xylo spells alike. It returns that name.
func renamedField(v reflect.Value, depth int) (string, bool) {
	if !v.IsValid() || depth > 64 {
		return "", false
	}
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			return renamedField(v.Elem(), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if name, ok := renamedField(v.Index(i), depth+1); ok {
				return name, ok
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if name, ok := renamedField(it.Key(), depth+1); ok {
				return name, ok
			}
			if name, ok := renamedField(it.Value(), depth+1); ok {
				return name, ok
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			name := t.Field(i).Name
			if t.Name() == "" && len(name) > 1 && name[0] == 'X' && !unicode.IsUpper([]rune(name[1:])[0]) {
				return name, true
			}
			if name, ok := renamedField(v.Field(i), depth+1); ok {
				return name, ok
			}
		}
	}
	return "", false
}
