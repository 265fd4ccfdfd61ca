package check

// This file gives encoding/json, to encode a struct of the program that
// embeds another, a struct with the embedded struct's fields promoted, as
// Go's encoding/json promotes them:
//
//	type Base struct{ ID int }
//	type User struct { Base; Name string }
//	json.Marshal(User{Base{1}, "al"})   Go {"ID":1,"Name":"al"}, the interpreter {"Base":{"ID":1},"Name":"al"}
//
// The interpreter (yaegi v0.16.1) builds the struct's reflect type with
// the embedded field as a plain field named after its type, which json
// encodes as an object of its own. The value is given to json as a struct
// without a name whose fields are the ones json encodes for the original,
// in its order, each with its JSON name in its tag:
//
//	json.Marshal(u)   →   json.Marshal(func(v User) any { return struct { F0 int `json:"ID"`; F1 string `json:"Name"` }{v.Base.ID, v.Name} }(u))
//
// The fields are chosen by encoding/json's rules: exported fields, and
// the exported fields of an embedded struct (exported or not) without a
// JSON name of its own, one level deeper; a tag "-" drops a field; among
// fields of the same JSON name the shallowest wins, at the same depth the
// one tagged, and otherwise none. Left to the refusal (embeddedField):
// an embedded pointer (its fields are left out when it is nil), an
// embedded type with a MarshalJSON or MarshalText method (json calls the
// promoted method on the whole value), a struct embedding one deeper than
// the operand (in a slice, a map, a field), and decoding.

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// jsonField is a field encoding/json encodes for a struct: its JSON name,
// its tag's options (",omitempty"), its type, the selector path from the
// struct's value, its depth below the struct and whether its tag names it.
type jsonField struct {
	name, opts string
	typ        types.Type
	path       string
	index      []int
	depth      int
	tagged     bool
}

// jsonFlatten lowers x, the value call (json.Marshal, MarshalIndent or an
// Encoder's Encode) encodes, of type from: a struct type of the program,
// or a pointer to one, that embeds a struct (see above). It reports
// whether it did.
func (b *boundary) jsonFlatten(x ast.Expr, from types.Type, fn string, call *ast.CallExpr) bool {
	switch fn {
	case "json.Marshal", "json.MarshalIndent", "json.Encoder.Encode":
	default:
		return false
	}
	if len(call.Args) == 0 || call.Args[0] != x {
		return false
	}
	t, ptr := from, false
	if p, ok := from.Underlying().(*types.Pointer); ok {
		t, ptr = p.Elem(), true
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || programNamed(t) == nil {
		return false
	}
	embeds := false
	for i := 0; i < st.NumFields(); i++ {
		embeds = embeds || st.Field(i).Embedded()
	}
	if !embeds {
		return false // json encodes it as the interpreter gives it
	}
	if ms := methodsOf(t); ms["MarshalJSON"] || ms["MarshalText"] || ptr && (methodsOf(from)["MarshalJSON"] || methodsOf(from)["MarshalText"]) {
		return false
	}
	fields, ok := jsonFields(st, "v", nil, 0, map[types.Type]bool{})
	if !ok {
		return false
	}
	for _, f := range fields {
		// A struct deeper down that embeds another is nested by the
		// interpreter too.
		if inner, _ := embeddedField(f.typ, map[types.Type]bool{}); inner != nil {
			return false
		}
		if holdsMarshaler(f.typ, map[types.Type]bool{}) {
			// json calls a method with a pointer receiver on a field of
			// the original only where it can take its address; the
			// mirror's fields are copies (jsonmethods.go judges the
			// original).
			return false
		}
	}
	name, ok := b.typeName(t)
	if !ok {
		return false
	}
	var decl, vals []string
	for i, f := range fields {
		tn, ok := b.typeName(f.typ)
		if !ok {
			return false
		}
		decl = append(decl, fmt.Sprintf("F%d %s %s", i, tn, strconv.Quote(`json:"`+f.name+f.opts+`"`)))
		vals = append(vals, f.path)
	}
	mirror := "struct { " + strings.Join(decl, "; ") + " }{" + strings.Join(vals, ", ") + "}"
	conv := "func(v " + name + ") any { return " + mirror + " }"
	if ptr {
		// A nil pointer encodes as null, as a nil any does.
		conv = "func(v *" + name + ") any { if v == nil { return nil }; return " + mirror + " }"
	}
	b.wrapOperand(x, conv)
	return true
}

// jsonFields returns the fields encoding/json encodes for a struct of
// type st, whose value path names, at depth below the operand (see
// jsonField), resolved by json's rules for fields of the same name; false
// when one of them is not handled here (an embedded pointer, an embedded
// type with a Marshal method).
func jsonFields(st *types.Struct, path string, index []int, depth int, seen map[types.Type]bool) ([]jsonField, bool) {
	var all []jsonField
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if opts != "" {
			opts = "," + opts
		}
		at := append(append([]int(nil), index...), i)
		if f.Embedded() {
			et := f.Type()
			if _, isPtr := et.Underlying().(*types.Pointer); isPtr {
				return nil, false // left out when nil
			}
			if ms := methodsOf(et); ms["MarshalJSON"] || ms["MarshalText"] || methodsOf(types.NewPointer(et))["MarshalJSON"] || methodsOf(types.NewPointer(et))["MarshalText"] {
				return nil, false // promoted to the outer struct
			}
			if inner, ok := et.Underlying().(*types.Struct); ok && name == "" {
				if seen[et] {
					return nil, false
				}
				seen[et] = true
				deeper, ok := jsonFields(inner, path+"."+f.Name(), at, depth+1, seen)
				delete(seen, et)
				if !ok {
					return nil, false
				}
				all = append(all, deeper...)
				continue
			}
			if !f.Exported() {
				continue // an unexported type that is not a struct
			}
		} else if !f.Exported() {
			continue
		}
		jf := jsonField{name: name, opts: opts, typ: f.Type(), path: path + "." + f.Name(), index: at, depth: depth, tagged: name != ""}
		if !jf.tagged {
			jf.name = f.Name()
		}
		all = append(all, jf)
	}
	if depth > 0 {
		return all, true // resolved at the top
	}
	// Among fields of the same name, the shallowest; at the same depth the
	// one tagged; otherwise none.
	byName := map[string][]jsonField{}
	for _, f := range all {
		byName[f.name] = append(byName[f.name], f)
	}
	var out []jsonField
	for _, fs := range byName {
		sort.SliceStable(fs, func(i, j int) bool {
			if fs[i].depth != fs[j].depth {
				return fs[i].depth < fs[j].depth
			}
			return fs[i].tagged && !fs[j].tagged
		})
		if len(fs) > 1 && fs[0].depth == fs[1].depth && fs[0].tagged == fs[1].tagged {
			continue // ambiguous: json drops them all
		}
		out = append(out, fs[0])
	}
	sort.Slice(out, func(i, j int) bool { return indexLess(out[i].index, out[j].index) })
	return out, true
}

// holdsMarshaler reports whether values of t are, or hold, values of a
// type with a MarshalJSON or MarshalText method (with either receiver).
func holdsMarshaler(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	for _, ms := range []map[string]bool{methodsOf(t), methodsOf(types.NewPointer(t))} {
		if ms["MarshalJSON"] || ms["MarshalText"] {
			return true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return holdsMarshaler(u.Elem(), seen)
	case *types.Slice:
		return holdsMarshaler(u.Elem(), seen)
	case *types.Array:
		return holdsMarshaler(u.Elem(), seen)
	case *types.Map:
		return holdsMarshaler(u.Key(), seen) || holdsMarshaler(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsMarshaler(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// indexLess orders two fields' index sequences as they come in the struct.
func indexLess(a, b []int) bool {
	for k := 0; k < len(a) && k < len(b); k++ {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return len(a) < len(b)
}
