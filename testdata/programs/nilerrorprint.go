package main

// A nil pointer of a type whose Error has a pointer receiver, given to
// fmt: Go calls Error (E! for a method that does not dereference it)
// and prints <nil> when it panics; the interpreter printed <nil> always.
// A non-nil one in a variable prints what Error returns too.

import "fmt"

type E struct{ msg string }

func (*E) Error() string { return "E!" }

type F struct{ msg string }

func (f *F) Error() string { return "F:" + f.msg }

func main() {
	var e *E
	fmt.Println(e)
	fmt.Printf("%v|%s\n", e, e)
	var f *F
	fmt.Println(f, &F{"x"}, &E{})
	// A non-nil pointer in a variable goes the same way (the
	// interpreter printed &{y} for it, not F:y).
	g := &F{"y"}
	fmt.Println(g)
	fmt.Printf("%v|%s|%q\n", g, g, g)
}
