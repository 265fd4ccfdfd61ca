// Which operands Go's compiler reads before a later call and which after
// (cmd/compile's order): a value converted to an interface that it
// passes by address and that is not addressable (a comparison, a bool
// from a map, a byte, a struct from a map) is copied where it stands; an
// addressable one, or a 2-, 4- or 8-byte value, a string or a slice, is
// read after the calls; so are map elements of such types and type
// assertions to pointers; an assertion to another type, a slice
// expression, len and complex are evaluated where they stand.
package main

import "fmt"

type S struct{ a, b int }

var x = 1
var b = false
var m = map[string]S{"k": {1, 2}}
var mi = map[string]int{"k": 1}
var mb = map[string]bool{"k": false}
var v any = 1
var p = &S{1, 2}
var st = S{1, 2}
var arr = [3]int{1, 2, 3}
var s = []int{1, 2, 3}
var str = "ab"

func f() int {
	x = 10
	b = true
	m["k"] = S{10, 20}
	mi["k"] = 10
	mb["k"] = true
	v = 10
	p = &S{10, 20}
	st = S{10, 20}
	arr[0] = 10
	s = []int{10}
	str = "zz"
	return 0
}

func reset() {
	x, b, v, p, st, str = 1, false, 1, &S{1, 2}, S{1, 2}, "ab"
	m["k"] = S{1, 2}
	mi["k"] = 1
	mb["k"] = false
	arr[0], s = 1, []int{1, 2, 3}
}

func main() {
	reset()
	fmt.Println("comparison", x > 5, f())
	reset()
	fmt.Println("bool variable", b, f())
	reset()
	fmt.Println("not", !b, f())
	reset()
	fmt.Println("struct from a map", m["k"], f())
	reset()
	fmt.Println("int from a map", mi["k"], f())
	reset()
	fmt.Println("bool from a map", mb["k"], f())
	reset()
	fmt.Println("assertion", v.(int), f())
	reset()
	fmt.Println("field through a pointer", p.a, f())
	reset()
	fmt.Println("dereference", *p, f())
	reset()
	fmt.Println("struct variable", st, st.a, f())
	reset()
	fmt.Println("array", arr, f())
	reset()
	fmt.Println("slice", s, s[0], f())
	reset()
	fmt.Println("slice expression", s[:1], f())
	reset()
	fmt.Println("len", len(s), f())
	reset()
	fmt.Println("strings", str, str+"!", f())
	reset()
	fmt.Println("conversions", float64(x), int8(x), byte(x), int16(x), int32(x), f())
	reset()
	fmt.Println("&&", x > 0 && x < 5, f())
	reset()
	fmt.Println("complex", complex(float64(x), 0), f())
	reset()
	q := [2]any{x > 5, f()}
	fmt.Println("array of any", q)
	reset()
	fmt.Printf("Printf %v %v\n", x, f())
	reset()
	fmt.Println("assertion to a pointer", any(p).(*S).a, f())
	reset()
	fmt.Println("pointer", p, f())
}
