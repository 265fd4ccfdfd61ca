package main

// Go 1.26's new(expr): a pointer to a new variable holding expr's value
// (the interpreter took the argument for a type; divergo run refused it).

import "fmt"

type P struct{ X, Y int }

type Celsius float64

func ptrTo(v float64) *float64 { return new(v) }

func main() {
	p := new(42)
	q := new(P{3, 4})
	s := new([]string{"a", "b"})
	c := new(Celsius(21.5))
	f := ptrTo(0.25)
	*p++
	q.X = 7
	fmt.Println(*p, *q, *s, *c, *f)
	fmt.Printf("%T %T %T\n", p, c, new(1.5))
	a, b := new(1), new(1)
	fmt.Println(a == b, *a == *b)
}
