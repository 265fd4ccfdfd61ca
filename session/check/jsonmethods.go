package check

// This file handles the methods of the program's types that encoding/json
// calls: UnmarshalJSON and UnmarshalText when it decodes, MarshalJSON and
// MarshalText when it encodes. The interpreter (yaegi v0.16.1) runs them
// unlike Go, silently:
//
//   - json.Unmarshal(data, &c) (or a Decoder's Decode) of a *Color whose
//     UnmarshalJSON (or UnmarshalText) has a pointer receiver hands json
//     its wrapper of the value, a struct that is no pointer: json returned
//     "json: Unmarshal(non-pointer std._encoding_json_Unmarshaler)" and c
//     stayed as it was. The method is handed to json through a native
//     adapter instead, which json calls as Go's json calls the method:
//
//     json.Unmarshal(data, &c)   →   json.Unmarshal(data, func(__jsP *Color) any { if __jsP == nil { return rt.UnmarshalNil("*main.Color") }; return rt.UnmarshalJSONVia(__jsP.UnmarshalJSON) }(&c))
//
//   - Inside what json decodes into (a struct field, a slice's, an
//     array's or a map's elements, a map's keys, a pointed-to value) the
//     interpreter's values keep no methods: json decoded a Color field
//     field by field, or failed. Refused.
//   - json.Marshal(s) of a Secret whose MarshalJSON (or MarshalText) has a
//     pointer receiver: Go's json cannot take the address of the value it
//     was given and writes s's fields; the interpreter called the method.
//     The value is converted to its underlying type first, which has no
//     method (the unexported fields tagged `json:"-"`, as fields.go tags
//     them in the declaration):
//
//     json.Marshal(s)   →   json.Marshal((struct{V string; Xhid int "json:\"-\" xml:\"-\""})(s))
//
//   - A type defined from another of the program's (type plain Person, as
//     an UnmarshalJSON method declares to decode without calling itself)
//     has no methods in Go; the interpreter gives it the other type's:
//     json called Person's methods for a plain (json.Unmarshal(b, &q)
//     failed, json.Marshal(plain(p)) called Person's MarshalJSON). Given
//     to json, such a value (or pointer) is converted to its underlying
//     type too:
//
//     json.Unmarshal(b, &q)   →   json.Unmarshal(b, (*struct{Name string})(&q))
//
//   - An Encoder's Encode(v) is a method of a native type, for which the
//     interpreter does not hand over its wrapper of v with v's methods:
//     Encode wrote the fields of a value whose MarshalJSON Go calls. The
//     call goes through a native function instead, which the interpreter
//     hands the wrapper as it does json.Marshal:
//
//     enc.Encode(v)   →   rt.JSONEncode(enc, v)
//
//   - Where json can take the address — the elements of a slice, what a
//     pointer points to, and the fields and elements inside those — Go
//     calls a pointer receiver's MarshalJSON too; the interpreter did not
//     (json.Marshal(&o) of a struct with a Secret field wrote the field's
//     fields). Refused, as the value methods' case is (Boundary's nested).

import (
	"encoding"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// unmarshalArgs are encoding/json's functions that decode into an
// argument of theirs, and its index.
var unmarshalArgs = map[string]int{"json.Unmarshal": 1, "json.Decoder.Decode": 0}

// hasMethod reports whether the method set of t has the method name with
// the signature json's interfaces ask for: func([]byte) error to decode,
// func() ([]byte, error) to encode.
func hasMethod(t types.Type, name string) bool {
	sel := types.NewMethodSet(t).Lookup(nil, name)
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok {
		return false
	}
	bytes := types.NewSlice(types.Typ[types.Byte])
	errT := errorType
	if strings.HasPrefix(name, "Unmarshal") {
		return sig.Params().Len() == 1 && types.Identical(sig.Params().At(0).Type(), bytes) &&
			sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), errT)
	}
	return sig.Params().Len() == 0 && sig.Results().Len() == 2 &&
		types.Identical(sig.Results().At(0).Type(), bytes) && types.Identical(sig.Results().At(1).Type(), errT)
}

// unmarshaler returns the method encoding/json calls to decode into a
// value of t, a type of the program, through its address: UnmarshalJSON,
// or UnmarshalText (keys: UnmarshalText only); "" when there is none.
func unmarshaler(t types.Type, key bool) string {
	if programNamed(t) == nil || types.IsInterface(t) {
		return ""
	}
	if _, ptr := t.(*types.Pointer); ptr {
		return ""
	}
	p := types.NewPointer(t)
	switch {
	case !key && hasMethod(p, "UnmarshalJSON"):
		return "UnmarshalJSON"
	case hasMethod(p, "UnmarshalText"):
		return "UnmarshalText"
	}
	return ""
}

// unmarshalInto lowers (or refuses) x, the argument of fn (json.Unmarshal,
// a Decoder's Decode) that json decodes into, of type from (see above).
func (b *boundary) unmarshalInto(x ast.Expr, from types.Type, fn string) {
	p, ok := from.(*types.Pointer)
	if !ok {
		return
	}
	if m := unmarshaler(p.Elem(), false); m != "" {
		name, ok := b.typeName(from)
		if !ok {
			b.refuse(x, "%s into %s: Go calls %s's %s method; the interpreter would not. Not supported here: call it yourself (v.%s(data))",
				fn, typeString(from), typeString(p.Elem()), m, m)
			return
		}
		rt := b.runtime
		via := rt + ".UnmarshalJSONVia(__jsP.UnmarshalJSON)"
		if m == "UnmarshalText" {
			null := "nil"
			switch p.Elem().Underlying().(type) {
			case *types.Slice, *types.Map:
				// json sets a slice or map to nil for a null, without
				// calling UnmarshalText.
				null = "func() { *__jsP = nil }"
			}
			via = rt + ".UnmarshalTextVia(__jsP.UnmarshalText, " + null + ", " + strconv.Quote(runtimeName(from)) + ")"
		}
		b.wrapOutside(x, "func(__jsP "+name+") any { if __jsP == nil { return "+rt+".UnmarshalNil("+strconv.Quote(runtimeName(from))+") }; return "+via+" }(", ")")
		return
	}
	if inner, how, m := b.unmarshalNested(p.Elem(), map[types.Type]bool{}, false); inner != nil {
		b.refuse(x, "%s into %s: Go calls the %s method of the %s %s; the interpreter does not for values inside a struct field, slice, array, map or pointer (it decodes them as plain values, or fails). Not supported yet: decode into a *%s itself (json.Unmarshal(data, &v)), or declare the field as json.RawMessage and decode it into a %s after",
			fn, typeString(from), m, typeString(inner), how, typeString(inner), typeString(inner))
		return
	}
	if b.inheritsJSON(p.Elem()) {
		if plain, ok := b.plainType(p.Elem()); ok {
			b.wrapOutside(x, "(*"+plain+")(", ")")
		}
	}
}

// jsonMethods are the methods encoding/json calls.
var jsonMethods = []string{"UnmarshalJSON", "UnmarshalText", "MarshalJSON", "MarshalText"}

// inheritsJSON reports whether t, a type of the program that f defines
// from another of the program's types (type plain Person), has none of
// the methods json calls while the type it is defined from (or that
// one's, in turn) has one: the interpreter gives t those methods.
func (b *boundary) inheritsJSON(t types.Type) bool {
	n := programNamed(t)
	if n == nil || n != t || types.IsInterface(t) {
		return false
	}
	for _, m := range jsonMethods {
		if hasMethod(types.NewPointer(t), m) {
			return false
		}
	}
	b.findDefinedFrom()
	seen := map[*types.TypeName]bool{}
	for u := n; u != nil && !seen[u.Obj()]; u = b.definedFrom[u.Obj()] {
		seen[u.Obj()] = true
		if u != n {
			for _, m := range jsonMethods {
				if hasMethod(types.NewPointer(u), m) {
					return true
				}
			}
		}
		if _, ok := b.definedFrom[u.Obj()]; !ok && b.reached != nil && b.reached["inherits:"+u.Obj().Name()] {
			return true // an earlier cell's type defined from one with such methods
		}
	}
	return false
}

// findDefinedFrom notes, once, the types f defines from another type of
// the program (definedFrom).
func (b *boundary) findDefinedFrom() {
	if b.definedFrom != nil {
		return
	}
	b.definedFrom = map[*types.TypeName]*types.Named{}
	if !treeHolds(b.file, hasTypeSpec) {
		return
	}
	inspect(b.file, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() || ts.TypeParams != nil {
			return true
		}
		obj, _ := b.info.Defs[ts.Name].(*types.TypeName)
		rhs, _ := types.Unalias(b.info.TypeOf(ts.Type)).(*types.Named)
		if obj != nil && rhs != nil && programNamed(rhs) == rhs {
			b.definedFrom[obj] = rhs
		}
		return true
	})
}

// noteInherits notes in reached, for later cells, the package-level types
// f defines whose values the interpreter gives json methods they do not
// have (inheritsJSON).
func (b *boundary) noteInherits() {
	b.findDefinedFrom()
	for obj := range b.definedFrom {
		if obj.Parent() != obj.Pkg().Scope() {
			continue
		}
		if b.inheritsJSON(obj.Type()) {
			b.reached["inherits:"+obj.Name()] = true
		} else {
			delete(b.reached, "inherits:"+obj.Name())
		}
	}
}

// unmarshalNested finds, inside a value of type t that json decodes into
// (t itself when below the top), a type of the program with a method json
// calls to decode (unmarshaler), where it is, and the method.
func (b *boundary) unmarshalNested(t types.Type, seen map[types.Type]bool, below bool) (types.Type, string, string) {
	if seen[t] {
		return nil, "", ""
	}
	seen[t] = true
	if below {
		if m := unmarshaler(t, false); m != "" {
			return t, "", m
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		if m := unmarshaler(u.Key(), true); m != "" {
			return u.Key(), "keys", m
		}
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			if !fd.Exported() || fd.Embedded() || jsonSkipped(u.Tag(i)) {
				continue
			}
			if in, h, m := b.unmarshalNested(fd.Type(), seen, true); in != nil {
				if h == "" {
					h = "field " + fd.Name()
				}
				return in, h, m
			}
		}
		return nil, "", ""
	}
	inner, how := heldValues(t)
	if inner == nil {
		return nil, "", ""
	}
	if in, h, m := b.unmarshalNested(inner, seen, true); in != nil {
		if h == "" {
			h = how
		}
		return in, h, m
	}
	return nil, "", ""
}

// jsonSkipped reports whether a struct tag tells json to skip its field.
func jsonSkipped(tag string) bool {
	return reflectTag(tag, "json") == "-"
}

// reflectTag is reflect.StructTag.Get, on a tag's text.
func reflectTag(tag, key string) string {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			return ""
		}
		name := tag[:i]
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			return ""
		}
		qvalue := tag[:i+1]
		tag = tag[i+1:]
		if name == key {
			v, err := strconv.Unquote(qvalue)
			if err != nil {
				return ""
			}
			return v
		}
	}
	return ""
}

// marshalValue lowers (or refuses) x, a value (no pointer) of the
// program's type from given to fn (json.Marshal, MarshalIndent, an
// Encoder's Encode), when from has a method json's encoder would look for
// only with a pointer receiver (see above). It reports whether it refused.
func (b *boundary) marshalValue(x ast.Expr, from types.Type, fn string) bool {
	if programNamed(from) == nil || types.IsInterface(from) {
		return false
	}
	if p, ptr := from.(*types.Pointer); ptr {
		if b.inheritsJSON(p.Elem()) {
			if plain, ok := b.plainType(p.Elem()); ok {
				b.wrapOutside(x, "(*"+plain+")(", ")")
			}
		}
		return false
	}
	if b.inheritsJSON(from) {
		if plain, ok := b.plainType(from); ok {
			b.wrapOutside(x, "("+plain+")(", ")")
		}
		return false
	}
	if hasMethod(from, "MarshalJSON") {
		return false // Go calls it, and looks no further
	}
	// json's wrapper of an interpreted value (the interpreter's special
	// interface mapping) has these two methods only.
	own, viaPtr := methodsOf(from), methodsOf(types.NewPointer(from))
	var ptrOnly []string
	for _, m := range []string{"MarshalJSON", "MarshalText"} {
		if viaPtr[m] && !own[m] {
			ptrOnly = append(ptrOnly, m)
		}
	}
	if len(ptrOnly) == 0 {
		return false
	}
	name := programNamed(from).Obj().Name()
	if own["MarshalText"] {
		// The conversion would lose MarshalText, which Go calls.
		b.refuse(x, "%s of %s: %s's %s method has a pointer receiver, so Go does not call it for a %s value (it calls MarshalText); the interpreter would. Not supported: marshal the text of v.MarshalText() yourself, or give %s a value receiver",
			fn, typeString(from), name, ptrOnly[0], name, ptrOnly[0])
		return true
	}
	open, ok := b.plainType(from)
	if !ok {
		if hasMethod(types.NewPointer(from), "MarshalJSON") || hasMethod(types.NewPointer(from), "MarshalText") {
			m := "MarshalJSON"
			if !hasMethod(types.NewPointer(from), m) {
				m = "MarshalText"
			}
			b.refuse(x, "%s of %s: %s's %s method has a pointer receiver, so Go does not call it for a %s value and writes its fields; the interpreter would call it. Pass a pointer (&v), or give %s a value receiver",
				fn, typeString(from), name, m, name, m)
			return true
		}
		return false
	}
	b.wrapOutside(x, "("+open+")(", ")")
	return false
}

// encodeVia lowers call, an Encoder's Encode of x (of type from), to a
// call of the native JSONEncode when json would call a method of x's
// (see above).
func (b *boundary) encodeVia(x ast.Expr, from types.Type, call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 || programNamed(from) == nil || types.IsInterface(from) {
		return
	}
	if !hasMethod(from, "MarshalJSON") && !hasMethod(from, "MarshalText") {
		return
	}
	b.spans = append(b.spans,
		Span{call.Pos(), call.Pos(), b.runtime + ".JSONEncode("},
		Span{sel.X.End(), call.Lparen + 1, ", "})
}

// JSONEncode is enc.Encode(v) (see encodeVia).
func JSONEncode(enc *json.Encoder, v any) error {
	return enc.Encode(v)
}

// ModernMapTypes is the interpreter's special interface mapping for the
// native helpers of ModernSymbols: the interfaces whose methods of an
// interpreted value the helper's argument keeps (the interpreter's
// wrapper), as json.Marshal's does. Give it to interp.Interpreter.Use
// under the key "." ({"MapTypes": …}).
func ModernMapTypes() map[reflect.Value][]reflect.Type {
	return map[reflect.Value][]reflect.Type{
		reflect.ValueOf(JSONEncode):      {reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()},
		reflect.ValueOf(UnwrapExcept):    {reflect.TypeFor[fmt.Formatter](), reflect.TypeFor[fmt.Stringer]()},
		reflect.ValueOf(UnwrapAllExcept): {reflect.TypeFor[fmt.Formatter](), reflect.TypeFor[fmt.Stringer]()},
	}
}

// wrapOutside puts x between open and close, outside the other lowerings'
// insertions at x's ends (copyIntoInterface's copy, convertResult's
// conversion).
func (b *boundary) wrapOutside(x ast.Expr, open, close string) {
	b.spans = append([]Span{{x.Pos(), x.Pos(), open}}, b.spans...)
	b.closing = append(b.closing, Span{x.End(), x.End(), close})
}

// plainType writes the underlying type of the program's type t as the
// code can name it, a struct's unexported fields tagged `json:"-"
// xml:"-"` (as hideUnexported tags them in the declaration: the
// interpreter renames them, exported).
func (b *boundary) plainType(t types.Type) (string, bool) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return b.typeName(t.Underlying())
	}
	var fields []string
	for i := 0; i < st.NumFields(); i++ {
		fd := st.Field(i)
		typ, ok := b.typeName(fd.Type())
		if !ok {
			return "", false
		}
		text := typ
		if !fd.Embedded() {
			text = fd.Name() + " " + typ
		}
		tag := st.Tag(i)
		if !fd.Exported() && fd.Name() != "_" && !fd.Embedded() {
			tag = strings.TrimSuffix(`json:"-" xml:"-" `+tag, " ")
		}
		if tag != "" {
			text += " " + strconv.Quote(tag)
		}
		fields = append(fields, text)
	}
	return "struct{" + strings.Join(fields, "; ") + "}", true
}

// marshalNested finds, inside a value of type t given to json's encoder,
// a type of the program whose MarshalJSON or MarshalText method has a
// pointer receiver where json can take the value's address (addressable)
// and so calls it, and where it is. (Methods with a value receiver are
// Boundary's nested.)
func (b *boundary) marshalNested(t types.Type, seen map[addressed]bool, addressable, below bool) (types.Type, string, string) {
	if seen[addressed{t, addressable}] {
		return nil, "", ""
	}
	seen[addressed{t, addressable}] = true
	if below && addressable && programNamed(t) != nil && !types.IsInterface(t) {
		if _, ptr := t.(*types.Pointer); !ptr {
			for _, m := range []string{"MarshalJSON", "MarshalText"} {
				if !hasMethod(t, m) && hasMethod(types.NewPointer(t), m) {
					return t, "", m
				}
			}
		}
	}
	if below && (hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText")) {
		return nil, "", "" // its own method: json looks no further
	}
	var inner types.Type
	var how string
	innerAddr := addressable
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		inner, how, innerAddr = u.Elem(), "pointed-to value", true
	case *types.Slice:
		inner, how, innerAddr = u.Elem(), "elements", true
	case *types.Array:
		inner, how = u.Elem(), "elements"
	case *types.Map:
		inner, how, innerAddr = u.Elem(), "values", false
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			if !fd.Exported() || fd.Embedded() || jsonSkipped(u.Tag(i)) {
				continue
			}
			if in, h, m := b.marshalNested(fd.Type(), seen, addressable, true); in != nil {
				if h == "" {
					h = "field " + fd.Name()
				}
				return in, h, m
			}
		}
		return nil, "", ""
	}
	if inner == nil {
		return nil, "", ""
	}
	if in, h, m := b.marshalNested(inner, seen, innerAddr, true); in != nil {
		if h == "" {
			h = how
		}
		return in, h, m
	}
	return nil, "", ""
}

// An addressed is a type reached where json can take a value's address,
// or not (marshalNested).
type addressed struct {
	t    types.Type
	addr bool
}

// marshalFuncs are encoding/json's functions that encode their argument.
var marshalFuncs = map[string]bool{"json.Marshal": true, "json.MarshalIndent": true, "json.Encoder.Encode": true}

// marshalInterfaceArg refuses x, the argument of type from that call (of
// a function of marshalFuncs) encodes, when it is or holds an interface
// of the program that may hold a value whose method json calls
// (marshalInterface).
func (b *boundary) marshalInterfaceArg(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, _ := b.native(call)
	if !marshalFuncs[fn] || x != call.Args[0] {
		return
	}
	if it, impl, m, how := b.marshalInterface(from, map[types.Type]bool{}); it != nil {
		where := "a value of type " + typeString(it)
		if how != "" {
			where = "the " + typeString(it) + " " + how
		}
		b.refuse(x, "%s of %s: %s may hold a %s, whose %s method Go calls; the interpreter hands json the bare value an interface declared in %s holds, without its methods. Not supported yet: assert the concrete type first (v.(%[4]s)) and marshal that",
			fn, typeString(from), where, typeString(impl), m, b.where)
	}
}

// marshalInterface finds, in a value of type t given to json's encoder
// (t itself, or inside it), an interface type of the program that a type
// of the program with a MarshalJSON or MarshalText method implements
// (the type, or a pointer to it): the interpreter hands json the bare
// value an interface of the program holds, without its methods
// (json.Marshal of a Shape holding a Tri wrote {"N":3}, Go "tri"). It
// returns the interface, the implementing type, the method, and where.
func (b *boundary) marshalInterface(t types.Type, seen map[types.Type]bool) (types.Type, types.Type, string, string) {
	if seen[t] {
		return nil, nil, "", ""
	}
	seen[t] = true
	if it, ok := t.Underlying().(*types.Interface); ok {
		if it.NumMethods() == 0 || programNamed(t) == nil {
			return nil, nil, "", "" // any is pendAnyProbed's; error and others the interpreter's
		}
		for _, tn := range b.comparableTypes() {
			for _, impl := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if !types.Implements(impl, it) {
					continue
				}
				for _, m := range []string{"MarshalJSON", "MarshalText"} {
					if hasMethod(impl, m) {
						return t, impl, m, ""
					}
				}
			}
		}
		return nil, nil, "", ""
	}
	if programNamed(t) != nil && (hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText")) {
		return nil, nil, "", "" // its own method: json looks no further
	}
	if u, ok := t.Underlying().(*types.Struct); ok {
		for i := 0; i < u.NumFields(); i++ {
			fd := u.Field(i)
			if !fd.Exported() || fd.Embedded() || jsonSkipped(u.Tag(i)) {
				continue
			}
			if it, impl, m, h := b.marshalInterface(fd.Type(), seen); it != nil {
				if h == "" {
					h = "field " + fd.Name()
				}
				return it, impl, m, h
			}
		}
		return nil, nil, "", ""
	}
	inner, how := heldValues(t)
	if inner == nil {
		return nil, nil, "", ""
	}
	if it, impl, m, h := b.marshalInterface(inner, seen); it != nil {
		if h == "" {
			h = how
		}
		return it, impl, m, h
	}
	return nil, nil, "", ""
}

// A jsonTarget is what json.Unmarshal decodes into in place of a value of
// the program whose UnmarshalJSON or UnmarshalText method json calls (see
// above): it calls the method as Go's json does.
type jsonTarget struct {
	unmarshalJSON func([]byte) error
	unmarshalText func([]byte) error
	null          func() // for a null, when unmarshalText: zero the value
	name          string // the value's pointer type, as Go's runtime names it
	isNil         bool   // the pointer was nil
}

// A jsonError is an error of encoding/json's text about a type of the
// program, which json's own error types cannot name.
type jsonError string

func (e jsonError) Error() string { return string(e) }

// UnmarshalJSON is called by json with the JSON text of the value.
func (t *jsonTarget) UnmarshalJSON(data []byte) error {
	if t.isNil {
		return jsonError("json: Unmarshal(nil " + t.name + ")")
	}
	if t.unmarshalJSON != nil {
		return t.unmarshalJSON(data)
	}
	// As Go's json treats a TextUnmarshaler: a string's text is given
	// to the method, a null leaves the value alone (a slice or map
	// becomes nil), anything else is an error.
	what := "number"
	switch data[0] {
	case '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		return t.unmarshalText([]byte(s))
	case 'n':
		if t.null != nil {
			t.null()
		}
		return nil
	case 't', 'f':
		what = "bool"
	case '[':
		what = "array"
	case '{':
		what = "object"
	}
	return jsonError("json: cannot unmarshal " + what + " into Go value of type " + t.name)
}

// UnmarshalJSONVia is what json decodes into for a value whose
// UnmarshalJSON method is method.
func UnmarshalJSONVia(method func([]byte) error) any {
	return &jsonTarget{unmarshalJSON: method}
}

// UnmarshalTextVia is what json decodes into for a value (of the pointer
// type name) whose UnmarshalText method is method; null zeroes it, or is
// nil.
func UnmarshalTextVia(method func([]byte) error, null func(), name string) any {
	return &jsonTarget{unmarshalText: method, null: null, name: name}
}

// UnmarshalNil is what json decodes into for a nil pointer of the type
// name: json.Unmarshal's error, once the data is known valid.
func UnmarshalNil(name string) any {
	return &jsonTarget{isNil: true, name: name}
}

// genericJSON refuses x, of type from mentioning a type parameter, given
// to call (json.Unmarshal, json.Marshal…) in a generic function, when
// the function is instantiated with a type whose methods json would call
// there: the checks above see the type parameter only, and the
// interpreter's instance runs as theirs would not (json.Unmarshal(b, &v)
// of a v of type T failed for a T with UnmarshalJSON; json.Marshal of a
// []T wrote the elements' fields). In a session the function is noted
// (reached) for later cells' instances (genericJSONUses).
func (b *boundary) genericJSONArg(x ast.Expr, from types.Type, call *ast.CallExpr) {
	fn, _ := b.native(call)
	i, decodes := unmarshalArgs[fn]
	if !decodes && !marshalFuncs[fn] || decodes && (i >= len(call.Args) || call.Args[i] != x) || !decodes && x != call.Args[0] {
		return
	}
	if !mentionsTypeParam(from, map[types.Type]bool{}) {
		return
	}
	decl := b.enclosingDecl(x)
	if decl == nil {
		return
	}
	obj, _ := b.info.Defs[decl.Name].(*types.Func)
	if obj == nil {
		return
	}
	mode := jsonGenericMode(from, decodes)
	b.pending = append(b.pending, func() {
		for id, inst := range b.info.Instances {
			if b.instanceOf(id, obj) {
				if t := b.jsonTypeArg(inst.TypeArgs, mode); t != nil {
					b.refuse(x, "%s of %s in the generic %s, instantiated with %s: Go calls %s's methods there (%s); the interpreter's instance does not. Not supported yet: call %s in a function of %s's own, not a generic one",
						fn, typeString(from), decl.Name.Name, typeString(t), typeString(t), jsonMethodNames(t), fn, typeString(t))
					return
				}
			}
		}
		if b.reached != nil && decl.Recv == nil {
			b.reached["jsongeneric:"+mode+":"+decl.Name.Name] = true
		}
	})
}

// genericJSONUses refuses, in a session, an instance of an earlier cell's
// generic function noted by genericJSONArg with a type argument whose
// methods json would call.
func (b *boundary) genericJSONUses() {
	if b.reached == nil {
		return
	}
	for id, inst := range b.info.Instances {
		fn, ok := b.info.Uses[id].(*types.Func)
		if !ok || fn.Pos() >= b.file.FileStart && fn.Pos() < b.file.FileEnd {
			continue
		}
		for _, mode := range []string{"decode", "encode", "nested"} {
			if !b.reached["jsongeneric:"+mode+":"+fn.Name()] {
				continue
			}
			if t := b.jsonTypeArg(inst.TypeArgs, mode); t != nil {
				b.refuse(id, "%s instantiated with %s: %s gives its type parameter's values to encoding/json, and Go calls %s's methods there (%s); the interpreter's instance does not. Not supported yet: call json in a function of %s's own, not a generic one",
					fn.Name(), typeString(t), fn.Name(), typeString(t), jsonMethodNames(t), typeString(t))
				return
			}
		}
	}
}

// jsonGenericMode tells what of a type argument counts for a value of
// type from given to json: "decode" (a *T decoded into), "encode" (a T
// encoded), "nested" (a T inside a pointer, slice, map or struct).
func jsonGenericMode(from types.Type, decodes bool) string {
	if _, tp := from.(*types.TypeParam); tp && !decodes {
		return "encode"
	}
	if p, ok := from.(*types.Pointer); ok && decodes {
		if _, tp := p.Elem().(*types.TypeParam); tp {
			return "decode"
		}
	}
	return "nested"
}

// jsonTypeArg returns the first of args whose methods json would call
// where the mode says (see jsonGenericMode) and the interpreter's
// instance would not, or nil.
func (b *boundary) jsonTypeArg(args *types.TypeList, mode string) types.Type {
	for i := 0; i < args.Len(); i++ {
		t := args.At(i)
		switch mode {
		case "decode":
			if unmarshaler(t, false) != "" || b.inheritsJSON(t) {
				return t
			}
		case "encode":
			if p, ok := t.(*types.Pointer); ok && b.inheritsJSON(p.Elem()) || b.inheritsJSON(t) {
				return t
			}
			if hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText") {
				continue // json calls it, as it does outside the function
			}
			if programNamed(t) != nil && programNamed(t) == t {
				own := hasMethod(t, "MarshalText")
				if !own && hasMethod(types.NewPointer(t), "MarshalText") || hasMethod(types.NewPointer(t), "MarshalJSON") {
					return t
				}
			}
			if it, _, _, _ := b.marshalInterface(t, map[types.Type]bool{}); it != nil {
				return t
			}
			if in, _ := b.nested(t, map[types.Type]bool{}, true); in != nil {
				return t
			}
		default:
			if holdsJSONMethods(t, map[types.Type]bool{}) {
				return t
			}
		}
	}
	return nil
}

// holdsJSONMethods reports whether t is or holds a type of the program
// (or an interface of the program) with a method json calls.
func holdsJSONMethods(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	if n := programNamed(t); n != nil {
		if types.IsInterface(n) {
			return true // it may hold one
		}
		for _, m := range jsonMethods {
			if hasMethod(types.NewPointer(n), m) {
				return true
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return holdsJSONMethods(u.Elem(), seen)
	case *types.Slice:
		return holdsJSONMethods(u.Elem(), seen)
	case *types.Array:
		return holdsJSONMethods(u.Elem(), seen)
	case *types.Map:
		return holdsJSONMethods(u.Key(), seen) || holdsJSONMethods(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsJSONMethods(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// jsonMethodNames names the methods json calls that t (or *t) has.
func jsonMethodNames(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	var names []string
	for _, m := range jsonMethods {
		if hasMethod(types.NewPointer(t), m) {
			names = append(names, m)
		}
	}
	if len(names) == 0 {
		return "inside it"
	}
	return strings.Join(names, ", ")
}

// mentionsTypeParam reports whether t is or holds a type parameter
// (struct fields too).
func mentionsTypeParam(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	if hasTypeParam(t) {
		return true
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if mentionsTypeParam(st.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// enclosingDecl returns the function declaration of the file holding x.
func (b *boundary) enclosingDecl(x ast.Node) *ast.FuncDecl {
	for _, d := range b.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= x.Pos() && x.End() <= fd.End() {
			return fd
		}
	}
	return nil
}

// instanceOf reports whether the instance at id is of the generic
// function fn, or of the generic type whose method fn is.
func (b *boundary) instanceOf(id *ast.Ident, fn *types.Func) bool {
	switch obj := b.info.Uses[id].(type) {
	case *types.Func:
		return obj == fn || obj.Origin() == fn
	case *types.TypeName:
		recv := fn.Type().(*types.Signature).Recv()
		if recv == nil {
			return false
		}
		rt := recv.Type()
		if p, ok := rt.(*types.Pointer); ok {
			rt = p.Elem()
		}
		n, ok := rt.(*types.Named)
		return ok && n.Origin().Obj() == obj
	}
	return false
}

// heldValues returns what a value of t holds, for a pointer, a slice, an array
// or a map (its values), and how one reaches it ("pointed-to value",
// "elements", "values"); nil for another type.
func heldValues(t types.Type) (types.Type, string) {
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return u.Elem(), "pointed-to value"
	case *types.Slice:
		return u.Elem(), "elements"
	case *types.Array:
		return u.Elem(), "elements"
	case *types.Map:
		return u.Elem(), "values"
	}
	return nil, ""
}
