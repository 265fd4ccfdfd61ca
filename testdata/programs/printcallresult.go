package main

// A call's result printed through an interface the program declares, which
// holds a value of the standard library (time.Duration), or of the program:
// the interpreter's print lowering panicked with a nil dereference on the
// first before its operand was parenthesized.

import (
	"fmt"
	"time"
)

type stringer interface{ String() string }

type D int

func (D) String() string { return "D" }

func get() stringer { return time.Millisecond }

func getD() stringer { return D(2) }

func pair() (stringer, error) { return time.Second, nil }

func main() {
	var s stringer = D(1)
	fmt.Println(s)
	fmt.Println(get())
	fmt.Println((get()))
	fmt.Println(getD())
	fmt.Printf("%v %s\n", get(), getD())
	fmt.Println(pair())
	x, _ := pair()
	fmt.Println(x, get(), s)
}
