// A value with a String method stored in a fmt.Stringer, then in an any,
// printed with %T: the interpreter keeps it in a wrapper that does not
// tell its type, so the program stops there, naming the construct (it
// was refused before it ran).
package main

import (
	"fmt"
)

type X struct{ N int }

func (x X) String() string { return "x" }

func main() {
	var s fmt.Stringer = X{1}
	var a any = s
	fmt.Printf("%T %v\n", a, a)
	b := any(s)
	fmt.Printf("%T\n", b)
	c, ok := a.(fmt.Stringer)
	fmt.Println(c, ok)
}
