// divergo run refuses: fmt.Println of Wrap: Wrap's String method has a pointer receiver, so Go does not call it for a Wrap value
package main

import "fmt"

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

// Wrap has PS's String only as a *Wrap: Go prints {{4}}, the interpreter
// called String (PS4). Converting to the underlying type (as for a PS
// value) would not help: struct{ PS } embeds the method too.
type Wrap struct{ PS }

func main() {
	w := Wrap{PS{4}}
	fmt.Println(w)
}
