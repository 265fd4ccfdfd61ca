package main

// A panic with the result of a call returning an any that holds a value
// of the program's type with Error: Go's runtime prints the Error text,
// panic: reading failed: 3; the interpreter printed its own structure and
// an address, (struct { Code int }) 0xc…, silently. (A variable's value
// was given Go's words already: panicanystruct.go.)

import "fmt"

type ReadError struct{ Code int }

func (e ReadError) Error() string { return fmt.Sprint("reading failed: ", e.Code) }

func read() any { return ReadError{3} }

func main() {
	fmt.Println("reading")
	panic(read())
}
