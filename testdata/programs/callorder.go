// The calls of a statement before its other operands, as Go's compiler
// orders them (the specification leaves the order of the calls against
// the other operands to the implementation): the interpreter read the
// variables, elements and pointers first.
package main

import "fmt"

var x = 1

func f() int { x = 10; return 2 }

func ret() (int, int) { return x, f() }

type S struct{ v int }

func add(a, b int) int { return a*100 + b }

func main() {
	// c, d = x, f(): x is read after f changed it.
	var c, d int
	c, d = x, f()
	fmt.Println("assign", c, d)

	x = 1
	a, b := ret()
	fmt.Println("return", a, b)

	x = 1
	s := []int{x, f()}
	fmt.Println("slice literal", s)

	x = 1
	fmt.Println("sum", x+f())

	x = 1
	p, q := x, f()
	fmt.Println("define", p, q)

	x = 1
	fmt.Println("arguments", x, f())

	x = 1
	fmt.Println("nested call", add(x, f()))

	x = 1
	fmt.Println("struct literal", S{x + f()})

	x = 1
	var u, w = x, f()
	fmt.Println("var", u, w)

	// Through a pointer a closure changes.
	pp := &S{1}
	hp := func() int { pp = &S{5}; return 0 }
	fmt.Println("pointer", pp.v, hp())

	// A local variable a closure changes.
	n := 1
	bump := func() int { n++; return n }
	fmt.Println("closure", n, bump(), n)

	// An element whose index the call changes.
	arr := []int{1, 2, 3}
	i := 0
	h := func() int { i = 2; return 7 }
	fmt.Println("element", arr[i], h())
}
