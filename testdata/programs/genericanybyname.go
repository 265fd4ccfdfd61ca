// divergo run refuses: fmt.Printf with %T, %+v or %#v of a value of type any while values of P, declared in the program, are stored in an any
package main

import "fmt"

type P struct{ x int }

// A generic that stores its T in an any: Go's %T names main.P, the
// interpreter printed struct { Xx int "json:\"-\" xml:\"-\"" }.
func Box[T any](v T) any { return v }

func main() {
	fmt.Printf("%T\n", Box(P{1}))
}
