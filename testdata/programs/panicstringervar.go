// panic(s) of a variable named s of an interface type with String (or
// Error): the lowering that gives Go's words to the panic wrapped
// s.String() in a function literal whose result was named s too, which
// hid the program's s ("undefined selector: String": the program did not
// run). Go prints the String's text: panic: code-2.
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) String() string { return fmt.Sprint("code-", int(c)) }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	try(func() { var s error = errors.New("boom"); panic(s) })
	var s fmt.Stringer = Code(2)
	panic(s)
}
