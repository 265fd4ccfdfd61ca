package main

// A field promoted through a nil embedded pointer: Go panics with a nil
// dereference (a runtime.Error); the interpreter panicked with reflect's
// words ("reflect: indirection through nil pointer to embedded struct").

import (
	"fmt"
	"runtime"
)

type Inner struct{ X int }

type Outer struct {
	*Inner
	Name string
}

func read(o Outer) (x int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(runtime.Error)
		}
	}()
	return o.X, nil
}

func write(o *Outer) {
	defer func() { fmt.Println("write:", recover()) }()
	o.X = 5
}

func main() {
	o := Outer{Name: "o"}
	fmt.Println(read(o))
	write(&o)
	o.Inner = &Inner{2}
	fmt.Println(read(o))
	var p Outer
	fmt.Println(p.Name)
	fmt.Println(p.X)
}
