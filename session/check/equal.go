package check

// This file compares values held in interfaces as Go does, for the
// lowering of == and != (and the value cases of a switch) where the
// interpreter (yaegi v0.16.1) answers wrong: a value of a program type
// with methods is kept in an any, or in an interface of the program,
// through the interpreter's wrapper (interp.valueInterface: the node that
// made it and the value), and its == compares the wrappers, node and all:
// any(Celsius(3)) == any(Celsius(3)) was false, and so was n1 == n2 of
// two Normer holding equal Vec. The wrapper's node knows the value's type
// (its itype's string, main.Celsius), so a native helper can compare the
// dynamic types by name and then the values:
//
//	a == b   →   rt.Equal([]any{a, b})
//
// The operands go in a slice literal: the interpreter keeps its wrapper,
// with the type, in an element of type any, where it strips it from an
// argument of a native function's any parameter (Celsius(3) reached it
// as a float64 3).
//
// A value in an interface of the standard library (error, fmt.Stringer)
// is the interpreter's other wrapper, which keeps no type (IValue held a
// T(4) as an int 4): its type and value are the ones Keep recorded
// (kept.go), and a wrapper Keep was not given panics, naming the
// comparison, rather than answer. Values of program types without methods
// keep no name in any form; comparisons that may meet them stay refused
// (anyequal.go), so that a name here is never missing where Go has one.
//
// The interpreter drops the wrapper of a value with methods in some
// places (an explicit conversion any(x), a composite literal declared
// into an any, a return into an any result, a native function's
// argument: bareSite in anyequal.go), keeping the bare float64 or
// struct { X int }; comparisons in a program that has such places are
// refused. A bare struct met with a wrapped value of the same
// representation panics here rather than answer false, and so does a
// wrapper whose node names an interface type (Normer(C(3)) kept
// main.Normer, not main.C). Go's panic on an uncomparable dynamic type
// is raised as Go words it: runtime error: comparing uncomparable type
// main.Bag.

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

// Equal reports whether the two values of pair (x, y) are equal as Go's
// == of interface values is: the same dynamic type and equal values; it
// panics, as Go does, when the type is not comparable.
func Equal(pair []any) bool {
	if len(pair) != 2 {
		panic("divergo: Equal wants two values")
	}
	return equalAny(pair[0], pair[1], 0)
}

// equalAny is Equal of x and y, depth levels down in a value.
func equalAny(x, y any, depth int) bool {
	nx, vx, wx := dynamicOf(x)
	ny, vy, wy := dynamicOf(y)
	if !vx.IsValid() || !vy.IsValid() {
		return !vx.IsValid() && !vy.IsValid()
	}
	if nx != ny {
		if wx != wy && vx.Type() == vy.Type() && structural(vx.Type()) {
			// One named by its wrapper, the other a bare struct of
			// the same representation: maybe a value of the same type
			// the interpreter stored without its wrapper somewhere
			// bareSite does not know. (A bare number or string is
			// taken for what it is, as the program's own float64s
			// are: bareSite refuses the places that would make one.)
			name := nx
			if wy {
				name = ny
			}
			panic(fmt.Sprintf("divergo: comparing a %s with a value the interpreter keeps in an interface without its type (%s): it may be a %[1]s stored where the interpreter drops its wrapper, so the comparison cannot be answered as Go answers it; not supported", strings.TrimPrefix(name, "main."), vx.Type()))
		}
		return false
	}
	if !vx.Type().Comparable() {
		// Go's runtime names the dynamic type itself (a struct with a
		// slice field: main.T, not []int).
		panic(runtimeError("runtime error: comparing uncomparable type " + nx))
	}
	return equalValues(vx, vy, nx, depth)
}

// dynamicOf returns the dynamic type's name of x, as Go's runtime names
// it, and its value, seen through the interpreter's wrappers, and whether
// a wrapper (or Keep) named the type; an invalid value for nil.
func dynamicOf(x any) (string, reflect.Value, bool) {
	v := reflect.ValueOf(x)
	for depth := 0; depth < 8; depth++ {
		for v.IsValid() && v.Kind() == reflect.Interface {
			if v.IsNil() {
				return "", reflect.Value{}, false
			}
			v = v.Elem()
		}
		if !v.IsValid() {
			return "", v, false
		}
		switch {
		case isWrapper(v.Type()):
			name, inner := valueInterfaceOf(v)
			if !inner.IsValid() {
				return "", inner, false
			}
			if inner.Kind() == reflect.Interface || isWrapper(inner.Type()) || interfaceWrapper(inner.Type()) {
				v = inner // the value of an interface: its own type
				continue
			}
			if name == "" {
				// The wrapper's node has an interface type (Normer(v),
				// an explicit conversion) and the value is bare: its
				// own type is not known.
				panic("divergo: comparing a value the interpreter keeps in an interface without its type (made by an explicit conversion such as Normer(v)), so the comparison cannot be answered as Go answers it; not supported: convert by assignment (var n Normer = v)")
			}
			return name, inner, true
		case interfaceWrapper(v.Type()):
			val, name, ok := Kept(openValue(v).Interface())
			if !ok || name == "" {
				panic(fmt.Sprintf("divergo: comparing a value held in %s: the interpreter stored it there out of divergo's sight (in code it did not lower) and keeps no trace of its type, so the comparison cannot be answered as Go answers it; not supported",
					wrapperInterface(v.Type())))
			}
			rv := reflect.ValueOf(val)
			if rv.IsValid() && isWrapper(rv.Type()) {
				v = rv
				continue
			}
			return name, rv, true
		}
		return v.Type().String(), v, false
	}
	return v.Type().String(), v, false
}

// structural reports whether t is a struct, or a pointer to one: the
// interpreter's representation of a type of the program, which a
// program's own values rarely have.
func structural(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

// valueInterfaceOf returns the type name (the string of its node's
// itype) and the value of the interpreter's wrapper v of a value in an
// any; an invalid value for the wrapper of a nil interface (no node).
func valueInterfaceOf(v reflect.Value) (string, reflect.Value) {
	c := addressable(v)
	node := c.Field(0)
	node = reflect.NewAt(node.Type(), unsafe.Pointer(node.UnsafeAddr())).Elem()
	f := c.Field(1)
	inner, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(reflect.Value)
	if !ok || node.IsNil() || !inner.IsValid() {
		return "", reflect.Value{}
	}
	return itypeName(node.Elem().FieldByName("typ")), inner
}

// itypeName is the string of the interpreter's type t (an *itype), as
// Go's runtime names it (main.Celsius, *main.P); "" for an interface type
// or none, whose value names its own type.
func itypeName(t reflect.Value) string {
	if !t.IsValid() || t.Kind() != reflect.Pointer || t.IsNil() {
		return ""
	}
	it := t.Elem()
	read := func(name string) reflect.Value {
		f := it.FieldByName(name)
		if !f.IsValid() {
			return f
		}
		return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
	}
	if rt, ok := read("rtype").Interface().(reflect.Type); ok && rt != nil && rt.Kind() == reflect.Interface {
		return ""
	}
	if cat := read("cat"); cat.IsValid() && cat.CanUint() && (cat.Uint() == interfaceCat || cat.Uint() == errorCat) {
		return "" // an interface of the program, or error
	}
	s, _ := read("str").Interface().(string)
	return s
}

// interfaceCat and errorCat are the interpreter's type categories
// (interp.tcat: interfaceT, errorT in yaegi v0.16.1's type.go) of an
// interface type, whose name a wrapper's node may carry for a value
// converted explicitly (Normer(C(3)) kept main.Normer, not main.C).
const (
	errorCat     = 13
	interfaceCat = 18
)

// openValue returns v (a field, maybe unexported) in a form whose
// Interface may be called.
func openValue(v reflect.Value) reflect.Value {
	if v.CanInterface() {
		return v
	}
	c := addressable(v)
	return reflect.NewAt(c.Type(), unsafe.Pointer(c.UnsafeAddr())).Elem()
}

// equalValues compares a and b, two values of the type named name (the
// same representation), as Go's == does: interfaces they hold by
// equalAny, floats with NaN unequal, and a panic for a type that is not
// comparable.
func equalValues(a, b reflect.Value, name string, depth int) bool {
	if depth > 100 {
		panic("divergo: comparing values nested too deep")
	}
	switch a.Kind() {
	case reflect.Interface:
		return equalAny(openValue(a).Interface(), openValue(b).Interface(), depth+1)
	case reflect.Struct:
		if isWrapper(a.Type()) || interfaceWrapper(a.Type()) {
			return equalAny(openValue(a).Interface(), openValue(b).Interface(), depth+1)
		}
		for i := 0; i < a.NumField(); i++ {
			if a.Type().Field(i).Name == "_" {
				continue
			}
			if !equalValues(a.Field(i), b.Field(i), a.Field(i).Type().String(), depth+1) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if !equalValues(a.Index(i), b.Index(i), a.Index(i).Type().String(), depth+1) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Map, reflect.Func:
		panic(runtimeError("runtime error: comparing uncomparable type " + name))
	}
	return openValue(a).Equal(openValue(b))
}
