package check

// This file prints a value of the program's types with %#v as Go does.
// Go's fmt writes a Go-syntax representation, with the types' names:
//
//	fmt.Printf("%#v\n", point{1, 2})          main.point{x:1, y:2}
//	fmt.Printf("%#v\n", []point{{1, 2}})      []main.point{main.point{x:1, y:2}}
//	fmt.Printf("%#v\n", &p)                   &main.point{x:1, y:2}
//
// The interpreter (yaegi v0.16.1) builds the program's types with reflect,
// without names and with its unexported fields renamed: fmt printed
// struct { Xx int; Xy int }{Xx:1, Xy:2}. The argument's static type is
// known before the program runs, so a native helper writes the value
// guided by a description of that type (its names, fields and elements),
// and the verb becomes %s:
//
//	fmt.Printf("%#v\n", p)   →   fmt.Printf("%s\n", __divergo.GoSyntax(p, `{"root":0,…}`))
//
// Only for the verb %#v alone (no width, no other flag), and a static type
// that holds no interface (its value is known only when it runs), no type
// parameter, no type with a GoString or Format method (fmt calls it) and
// no map keyed by a pointer, a channel or an array or struct holding one
// (fmt orders such keys by address); others keep MisprintedFormat's
// refusal.

import (
	"encoding/json"
	"fmt"
	"go/types"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// A gsNode describes a type for GoSyntax: T its name as Go's fmt writes
// it, K its kind, and the nodes (indexes into gsSpec.Nodes) of its parts.
type gsNode struct {
	T      string    `json:"t"`
	K      string    `json:"k"`           // b basic, s struct, p pointer, l slice, a array, m map, r chan/func/unsafe pointer, n another package's named type
	E      int       `json:"e,omitempty"` // pointer, slice, array, map: the element's node
	Key    int       `json:"key,omitempty"`
	Fields []gsField `json:"f,omitempty"`
}

type gsField struct {
	Name string `json:"n"`
	Node int    `json:"t"`
}

type gsSpec struct {
	Root  int      `json:"root"`
	Nodes []gsNode `json:"nodes"`
}

// GoSyntaxSpec returns the description of static type t that GoSyntax
// reads, or false where %#v of a value of t cannot be written from it
// (see above).
func GoSyntaxSpec(t types.Type) (string, bool) {
	w := &gsWriter{index: map[types.Type]int{}}
	root, ok := w.node(t, true)
	if !ok {
		return "", false
	}
	b, err := json.Marshal(gsSpec{Root: root, Nodes: w.nodes})
	if err != nil {
		return "", false
	}
	return string(b), true
}

type gsWriter struct {
	nodes []gsNode
	index map[types.Type]int
}

// node returns the index of t's node; exported: the value can be handed
// to its own methods' callers (a field fmt may call methods of).
func (w *gsWriter) node(t types.Type, exported bool) (int, bool) {
	for k, n := range w.index {
		if types.Identical(k, t) {
			return n, true
		}
	}
	name, ok := reflectName(t)
	if !ok || types.IsInterface(t) || hasTypeParam(t) {
		return 0, false
	}
	for _, m := range []string{"GoString", "Format"} {
		if hasMethod(t, m) {
			return 0, false // fmt calls it
		}
	}
	at := len(w.nodes)
	w.nodes = append(w.nodes, gsNode{T: name})
	w.index[t] = at
	if n, ok := types.Unalias(t).(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != pkgPath) {
		// Another package's type: fmt writes it as Go does, with its
		// methods where it calls them.
		if !exported && (hasMethod(t, "GoString") || hasMethod(t, "Format")) {
			return 0, false
		}
		if _, ptr := t.Underlying().(*types.Pointer); ptr {
			w.nodes[at].K = "r"
			return at, true
		}
		w.nodes[at].K = "n"
		return at, true
	}
	set := func(k string, e, key int) {
		w.nodes[at].K, w.nodes[at].E, w.nodes[at].Key = k, e, key
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			set("r", 0, 0)
			break
		}
		set("b", 0, 0)
	case *types.Pointer, *types.Slice, *types.Array:
		e, ok := w.node(u.(interface{ Elem() types.Type }).Elem(), exported)
		if !ok {
			return 0, false
		}
		kind := "p"
		switch u.(type) {
		case *types.Slice:
			kind = "l"
		case *types.Array:
			kind = "a"
		}
		set(kind, e, 0)
	case *types.Map:
		if !sortableKey(u.Key(), map[types.Type]bool{}) {
			return 0, false
		}
		key, ok := w.node(u.Key(), exported)
		if !ok {
			return 0, false
		}
		e, ok := w.node(u.Elem(), exported)
		if !ok {
			return 0, false
		}
		set("m", e, key)
	case *types.Chan, *types.Signature:
		set("r", 0, 0)
	case *types.Struct:
		w.nodes[at].K = "s"
		var fields []gsField
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			n, ok := w.node(f.Type(), exported && f.Exported())
			if !ok {
				return 0, false
			}
			fields = append(fields, gsField{f.Name(), n})
		}
		w.nodes[at].Fields = fields
	default:
		return 0, false
	}
	return at, true
}

// sortableKey reports whether fmt orders map keys of type t by their
// values as GoSyntax does: numbers, strings, booleans, and arrays and
// structs of them.
func sortableKey(t types.Type, seen map[types.Type]bool) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UnsafePointer
	case *types.Array:
		return sortableKey(u.Elem(), seen)
	case *types.Struct:
		if seen[t] {
			return false // a key type cannot hold itself
		}
		seen[t] = true
		defer delete(seen, t)
		for i := 0; i < u.NumFields(); i++ {
			if !sortableKey(u.Field(i).Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

var gsSpecs sync.Map // string → *gsSpec

// GoSyntax is fmt's %#v of x, a value of the static type spec describes
// (GoSyntaxSpec): the names of the program's types as Go writes them.
func GoSyntax(x any, spec string) string {
	s, ok := gsSpecs.Load(spec)
	if !ok {
		var parsed gsSpec
		if err := json.Unmarshal([]byte(spec), &parsed); err != nil {
			panic("divergo: GoSyntax: bad description: " + err.Error())
		}
		s, _ = gsSpecs.LoadOrStore(spec, &parsed)
	}
	var b strings.Builder
	v := reflect.ValueOf(x)
	if v.IsValid() {
		v = addressable(v) // its unexported fields' values readable (readable)
	}
	s.(*gsSpec).write(&b, v, s.(*gsSpec).Root, 0)
	return b.String()
}

// write writes v, of node n, at depth (fmt follows a pointer only at the
// top, printing &; below, its address).
func (s *gsSpec) write(b *strings.Builder, v reflect.Value, n, depth int) {
	node := s.Nodes[n]
	for v.Kind() == reflect.Interface && !v.IsNil() && node.K != "n" {
		v = v.Elem()
	}
	if !v.IsValid() {
		b.WriteString("<nil>")
		return
	}
	switch node.K {
	case "b":
		switch v.Kind() {
		case reflect.Bool:
			fmt.Fprintf(b, "%#v", v.Bool())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			b.WriteString(strconv.FormatInt(v.Int(), 10))
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			fmt.Fprintf(b, "%#v", v.Uint())
		case reflect.Float32:
			fmt.Fprintf(b, "%#v", float32(v.Float()))
		case reflect.Float64:
			fmt.Fprintf(b, "%#v", v.Float())
		case reflect.Complex64:
			fmt.Fprintf(b, "%#v", complex64(v.Complex()))
		case reflect.Complex128:
			fmt.Fprintf(b, "%#v", v.Complex())
		case reflect.String:
			fmt.Fprintf(b, "%#v", v.String())
		default:
			fmt.Fprintf(b, "%#v", readable(v).Interface())
		}
	case "n":
		fmt.Fprintf(b, "%#v", readable(v).Interface())
	case "r":
		b.WriteString("(" + node.T + ")(")
		if v.IsNil() {
			b.WriteString("nil)")
			return
		}
		fmt.Fprintf(b, "%#x)", v.Pointer())
	case "p":
		if v.IsNil() {
			b.WriteString("(" + node.T + ")(nil)")
			return
		}
		if depth == 0 {
			switch s.Nodes[node.E].K {
			case "s", "l", "a", "m":
				b.WriteByte('&')
				s.write(b, v.Elem(), node.E, depth+1)
				return
			}
		}
		fmt.Fprintf(b, "(%s)(%#x)", node.T, v.Pointer())
	case "l", "a":
		b.WriteString(node.T)
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("(nil)")
			return
		}
		b.WriteByte('{')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			s.write(b, v.Index(i), node.E, depth+1)
		}
		b.WriteByte('}')
	case "m":
		b.WriteString(node.T)
		if v.IsNil() {
			b.WriteString("(nil)")
			return
		}
		keys := v.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool { return compareKeys(keys[i], keys[j]) < 0 })
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			s.write(b, k, node.Key, depth+1)
			b.WriteByte(':')
			s.write(b, v.MapIndex(k), node.E, depth+1)
		}
		b.WriteByte('}')
	case "s":
		if v.NumField() != len(node.Fields) {
			panic(fmt.Sprintf("divergo: %%#v of %s: the interpreter's value has %d fields, the type %d", node.T, v.NumField(), len(node.Fields)))
		}
		b.WriteString(node.T + "{")
		for i, f := range node.Fields {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.Name + ":")
			s.write(b, v.Field(i), f.Node, depth+1)
		}
		b.WriteByte('}')
	}
}

// compareKeys orders map keys as fmt does (internal/fmtsort): numbers by
// value (NaN first), strings, false before true, arrays and structs by
// their elements and fields in order.
func compareKeys(a, b reflect.Value) int {
	for a.Kind() == reflect.Interface && !a.IsNil() {
		a = a.Elem()
	}
	for b.Kind() == reflect.Interface && !b.IsNil() {
		b = b.Elem()
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmpOrdered(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmpOrdered(a.Uint(), b.Uint())
	case reflect.String:
		return cmpOrdered(a.String(), b.String())
	case reflect.Float32, reflect.Float64:
		return cmpFloat(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		if c := cmpFloat(real(a.Complex()), real(b.Complex())); c != 0 {
			return c
		}
		return cmpFloat(imag(a.Complex()), imag(b.Complex()))
	case reflect.Bool:
		switch {
		case a.Bool() == b.Bool():
			return 0
		case a.Bool():
			return 1
		}
		return -1
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
	}
	return 0
}

func cmpOrdered[T int64 | uint64 | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpFloat orders floats as fmt's map printing does: NaN first.
func cmpFloat(a, b float64) int {
	switch {
	case math.IsNaN(a) && math.IsNaN(b):
		return 0
	case math.IsNaN(a):
		return -1
	case math.IsNaN(b):
		return 1
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
