// divergo run refuses: Show with Wrap as its type argument: it gives fmt a value of its type parameter (fmt.Println(v)); PS's String method has a pointer receiver, so Go does not call it for a Wrap value
package main

import "fmt"

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

// Wrap has PS's String only as a *Wrap: Go prints {{3}}, the interpreter
// called String (PS3).
type Wrap struct{ PS }

func Show[T any](v T) { fmt.Println(v) }

func main() {
	Show(Wrap{PS{3}})
}
