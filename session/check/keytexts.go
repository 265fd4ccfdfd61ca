package check

// This file gives fmt a map whose keys are of a type of the program with a
// String or Error method, printed whole:
//
//	type Color int; func (c Color) String() string { … }
//	votes := map[Color]int{Red: 2, Blue: 1}
//	fmt.Println(votes)   Go map[Red:2 Blue:1], the interpreter map[0:2 2:1]
//
// Go's fmt sorts a map's entries by their keys' values (internal/fmtsort:
// numbers by value, strings byte-wise, false before true) and prints each
// key with its method. The interpreter (yaegi v0.16.1) gives fmt the map
// of the keys' underlying type, which has no method. The keys' texts are
// made by the interpreted code, and a value of KeyedMap prints the map in
// their place, in the original keys' order:
//
//	fmt.Println(votes)   →   fmt.Println(func(m map[Color]int) any { t := make(map[Color]any, len(m)); for k := range m { t[k] = RT.MethodText(func() string { return k.String() }, "String", false) }; return RT.KeyedMap(m, t, nil) }(votes))
//
// Values of a type of the program with a String or Error method are given
// their texts the same way; other values must not hold the program's
// types (nor interfaces, which may): they print as fmt prints them. Keys
// must have a basic underlying type other than complex. Only the verbs
// that print a method's text (textVerb) are lowered.

import (
	"fmt"
	"go/types"
	"io"
	"reflect"
	"sort"
)

// keyTexts returns the opening of the function literal call that gives
// fmt a value printing as a value of type from prints in Go, when from is
// such a map (see above); runtime names the runtime package.
func keyTexts(from types.Type, typeName func(types.Type) (string, bool), runtime string) (string, bool) {
	m, ok := from.Underlying().(*types.Map)
	if !ok {
		return "", false
	}
	key, elem := m.Key(), m.Elem()
	keyMethod := textMethod(key)
	if keyMethod == "" {
		return "", false
	}
	if u, ok := key.Underlying().(*types.Basic); !ok || u.Info()&(types.IsInteger|types.IsString|types.IsFloat|types.IsBoolean) == 0 {
		return "", false
	}
	elemMethod := textMethod(elem)
	if elemMethod == "" && (mentionsProgram(elem, map[types.Type]bool{}) || holdsInterface(elem, map[types.Type]bool{})) {
		return "", false
	}
	fromName, ok1 := typeName(from)
	keyName, ok2 := typeName(key)
	if !ok1 || !ok2 {
		return "", false
	}
	text := func(v, method string) string {
		return fmt.Sprintf("%s.MethodText(func() string { return %s.%s() }, %q, false)", runtime, v, method, method)
	}
	if elemMethod != "" {
		// The values' texts too, in a map of their own.
		return fmt.Sprintf("func(m %s) any { __t := make(map[%s]any, len(m)); __vs := make(map[%[2]s]any, len(m)); for k, v := range m { __t[k] = %s; __vs[k] = %s }; return %s.KeyedMap(m, __t, __vs) }(",
			fromName, keyName, text("k", keyMethod), text("v", elemMethod), runtime), true
	}
	return fmt.Sprintf("func(m %s) any { __t := make(map[%s]any, len(m)); for k := range m { __t[k] = %s }; return %s.KeyedMap(m, __t, nil) }(",
		fromName, keyName, text("k", keyMethod), runtime), true
}

// textMethod names the method fmt calls for a value of t, a type of the
// program that is not a pointer nor an interface, with a text verb: Error,
// or String; "" for none, or for a Format method (not lowered).
func textMethod(t types.Type) string {
	if programNamed(t) == nil || isPointer(t) || types.IsInterface(t) {
		return ""
	}
	ms := methodsOf(t)
	switch {
	case ms["Format"]:
		return ""
	case ms["Error"]:
		return "Error"
	case ms["String"]:
		return "String"
	}
	return ""
}

// holdsInterface reports whether values of t are, or hold, an interface.
func holdsInterface(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return true
	case *types.Pointer:
		return holdsInterface(u.Elem(), seen)
	case *types.Slice:
		return holdsInterface(u.Elem(), seen)
	case *types.Array:
		return holdsInterface(u.Elem(), seen)
	case *types.Map:
		return holdsInterface(u.Key(), seen) || holdsInterface(u.Elem(), seen)
	case *types.Chan:
		return holdsInterface(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsInterface(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// KeyedMap is a map m printed with its keys' texts (keyTexts): texts maps
// each key to its text, values (when not nil) each key to its value's.
func KeyedMap(m, texts, values any) any {
	return keyedMap{reflect.ValueOf(m), reflect.ValueOf(texts), reflect.ValueOf(values)}
}

type keyedMap struct {
	m, texts, values reflect.Value
}

// Format writes map[k:v …] as fmt writes a map: the entries sorted by
// their keys, each key and value formatted with the verb and its flags.
func (k keyedMap) Format(f fmt.State, verb rune) {
	keys := k.m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keyLess(keys[i], keys[j]) })
	spec := fmt.FormatString(f, verb)
	io.WriteString(f, "map[")
	for i, key := range keys {
		if i > 0 {
			io.WriteString(f, " ")
		}
		fmt.Fprintf(f, spec, k.texts.MapIndex(key).Interface())
		io.WriteString(f, ":")
		if k.values.IsValid() {
			fmt.Fprintf(f, spec, k.values.MapIndex(key).Interface())
		} else {
			fmt.Fprintf(f, spec, k.m.MapIndex(key).Interface())
		}
	}
	io.WriteString(f, "]")
}

// keyLess orders two keys of a basic kind as fmt orders a map's keys
// (internal/fmtsort): numbers by value, a NaN first, strings byte-wise,
// false before true.
func keyLess(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() < b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() < b.Uint()
	case reflect.String:
		return a.String() < b.String()
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		return x < y || x != x && y == y
	case reflect.Bool:
		return !a.Bool() && b.Bool()
	}
	return false
}
