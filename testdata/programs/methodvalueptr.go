package main

import "fmt"

// A method value of a pointer method binds the pointer when it is made, as
// Go does (the interpreter read the variable when the method value was
// called: the last element, or the new value).

type R struct{ name string }

func (r *R) Hello() { fmt.Println("hello", r.name) }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

type Engine struct{ hp int }

func (e *Engine) Tune() { e.hp += 10 }

type Car struct{ Engine }

func main() {
	r := &R{"first"}
	g := r.Hello
	r = &R{"second"}
	g()
	var fs []func()
	for _, n := range []string{"a", "b"} {
		r := &R{n}
		fs = append(fs, r.Hello)
	}
	for _, f := range fs {
		f()
	}
	cs := []C{{0}, {0}, {0}}
	var incs []func()
	for i := range cs {
		incs = append(incs, cs[i].Inc)
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(cs)
	cars := []Car{{}, {}}
	var tunes []func()
	for i := range cars {
		tunes = append(tunes, cars[i].Tune)
	}
	for _, f := range tunes {
		f()
	}
	fmt.Println(cars)
}
