// An uncaught panic of a value of the program's types is printed as Go
// prints it: the error's Error text (the interpreter printed its own
// struct and an address), recovered ones forgotten.
package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type Code int

func try(v any) {
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	panic(v)
}

func main() {
	fmt.Println("start")
	func() {
		defer func() { recover() }()
		panic(Code(3))
	}()
	try(E{"first"})
	panic(E{"boom"})
}
