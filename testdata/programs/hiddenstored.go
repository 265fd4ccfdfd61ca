// divergo run refuses: fmt.Println of a value of type any while values of rec, declared in the program, are stored in an any: rec has an unexported field
package main

// fmt calls no method through an unexported field: Go prints the
// time.Duration in rec.wait as its integer, {d 1000000000}. Given to fmt
// from an any, the interpreter's rec (whose fields are all exported, Xwait)
// had fmt call String: {d 1s}. Refused.

import (
	"fmt"
	"time"
)

type rec struct {
	name string
	wait time.Duration
}

func main() {
	var a any = rec{"d", time.Second}
	fmt.Println(a)
}
