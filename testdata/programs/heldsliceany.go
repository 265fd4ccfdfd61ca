// divergo run refuses: fmt.Println of a value of type any while a []P holding values of P
package main

// A []P stored in an any, P with a String method: Go's fmt calls String
// for each element ([P1 P2]); the interpreter gave fmt the elements
// without their methods ([{1} {2}]).

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P%d", p.X) }

func main() {
	var v any = []P{{1}, {2}}
	fmt.Println(v)
}
