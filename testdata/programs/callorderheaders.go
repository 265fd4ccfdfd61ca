// The calls of an if's, a switch's or a range's header, and of the right
// operand of && and ||, before the operands they may change, as Go's
// compiler orders them; the right operand stays conditional.
package main

import "fmt"

var x = 1
var a = []int{1, 2, 3}
var i = 5
var ok = true

func f() int { x = 10; i = 0; return 2 }

func cond() bool { fmt.Println("cond"); return true }

type T struct{ n int }

func (t *T) inc() int { t.n++; return t.n }

func main() {
	x = 1
	if x > 5 == (f() > 0) {
		fmt.Println("if: x read after f")
	}
	x = 1
	if false {
	} else if x < f() {
		fmt.Println("else if")
	}
	x = 1
	if y := x; y+x < f()+x {
		fmt.Println("init", y, x)
	}
	x, i = 1, 5
	if ok && a[i] == f() {
		fmt.Println("and")
	} else {
		fmt.Println("and: a[i] read after f", x)
	}
	x, i = 1, 5
	if !ok && a[i] == f() {
		fmt.Println("not reached")
	}
	fmt.Println("right operand not run", x, i)
	x = 1
	switch 12 {
	case x + 1:
		fmt.Println("case: not this one")
	case x + f():
		fmt.Println("case: x read after f")
	}
	x = 1
	switch x + f() {
	case 12:
		fmt.Println("switch 12")
	default:
		fmt.Println("switch other")
	}
	x = 1
loop:
	for _, v := range []int{x, f()} {
		fmt.Println("range", v)
		break loop
	}
	t := T{}
	fmt.Println("method", t.n, t.inc())
	x = 1
	func() {
		defer fmt.Println("defer", x, f())
	}()
	ch := make(chan int, 2)
	x = 1
	ch <- x + f()
	fmt.Println("send", <-ch)
	s := "a"
	hs := func() string { s = "b"; return "c" }
	fmt.Println("concat", s+hs())
	x = 1
	fmt.Println("nested", fmt.Sprint(x, f()), x)
	x = 1
	r := func() []int { return []int{x, f()} }()
	fmt.Println("returned", r)
	x = 1
	bb := x > 5 || cond()
	fmt.Println("or", bb)

	// A loop's condition, checked again each time, after its calls.
	x = 1
	steps := 0
	next := func() int { x++; return 3 }
	for k := 0; x < next(); k++ {
		steps++
		if k == 1 {
			continue
		}
		fmt.Println("loop", k, x)
	}
	fmt.Println("loop ran", steps, x)

	// A loop's post statement, run again after each iteration.
	x = 1
	double := func() int { x *= 2; return 1 }
	for k := 0; k < 20; k = x + double() {
		fmt.Println("post", k)
	}

	// A select case's value: its calls first, where it stands.
	x = 1
	sel := make(chan int, 1)
	select {
	case sel <- x + f():
		fmt.Println("select", <-sel)
	}

	// A map literal's entry: its key is read after its value's call.
	x = 1
	fmt.Println("map", map[int]int{x: f(), 7: 8})
	x = 1
	type P struct{ a, b int }
	mp := map[int]P{x: {f(), x}}
	fmt.Println("map of structs", mp)
}
