// divergo run refuses: fmt.Printf with %T, %+v or %#v of a value of type any while values of X
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
