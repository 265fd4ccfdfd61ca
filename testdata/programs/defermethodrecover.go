// A deferred method that calls recover stops the panic, as a deferred
// function does.
package main

import (
	"errors"
	"fmt"
)

type guard struct{ name string }

func (g *guard) catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught:", r)
	}
}

type logger struct{ prefix string }

func (l logger) recoverInto(err *error, op string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s%s: %v", l.prefix, op, r)
	}
}

func a() {
	g := &guard{"a"}
	defer g.catch()
	panic("boom")
}

func b() {
	var g guard
	g.name = "b"
	defer g.catch() // a pointer method of an addressable value
	var m map[string]int
	m["x"] = 1
}

func div(x, y int) (q int, err error) {
	l := logger{"calc: "}
	defer l.recoverInto(&err, "div")
	return x / y, nil
}

func main() {
	a()
	b()
	fmt.Println(div(6, 3))
	q, err := div(1, 0)
	fmt.Println(q, err, errors.Unwrap(err) == nil)
	fmt.Println("end")
}
