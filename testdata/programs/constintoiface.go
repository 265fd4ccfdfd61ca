package main

// A constant operation declared into an interface with methods (var d
// stringer = 3 * time.Millisecond): the interpreter wrote the product
// straight into the interface's storage and panicked (reflect: call of
// reflect.Value.SetInt on struct Value); it is computed first.

import (
	"fmt"
	"time"
)

type stringer interface{ String() string }

type anyI interface{}

type D int

func (d D) String() string { return fmt.Sprint("D", int(d)) }

type P int

const K = 3 * time.Millisecond

func main() {
	var d stringer = 3 * time.Millisecond
	fmt.Println(d)
	var e stringer = K + 1
	fmt.Println(e, e.String())
	var f stringer = time.Millisecond * 3
	fmt.Println(f)
	var g stringer = 3 * D(2)
	fmt.Println(g)
	var a, b stringer = 3 * time.Millisecond, time.Second * 2
	fmt.Println(a, b)
	var h interface{ Hours() float64 } = 2 * time.Hour
	fmt.Println(h.Hours())
	var n stringer = -time.Millisecond
	fmt.Println(n)
	var p anyI = 3 * P(2)
	fmt.Println(p)
	var q any = 3 * time.Millisecond
	fmt.Println(q)
	var s fmt.Stringer = 3 * time.Millisecond
	fmt.Println(s)
	d = 4 * time.Millisecond
	fmt.Println(d)
	get := func() stringer { return 5 * time.Millisecond }
	fmt.Println(get().String())
	xs := []stringer{2 * time.Second, 3 * D(3)}
	fmt.Println(xs)
}
