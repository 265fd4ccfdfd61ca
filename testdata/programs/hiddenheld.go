// divergo run refuses: fmt.Println of a value of type any while a []box holding values of box, declared in the program, is stored in an any: box has an unexported field
package main

// A box, whose unexported field of type any holds a time.Duration, inside
// a slice stored in an any: Go prints [{d 1000000000}], the interpreter
// (whose fields are all exported) had fmt call String: [{d 1s}]. Refused.

import (
	"fmt"
	"time"
)

type box struct {
	name string
	v    any
}

func main() {
	var a any = []box{{"d", time.Second}}
	fmt.Println(a)
}
