// A generic that stores its T in an any: Go's %T names main.P; the
// interpreter printed its structure, and this was refused. A type switch
// now names it (anyTypeName).
package main

import "fmt"

type P struct{ x int }

// A generic that stores its T in an any: Go's %T names main.P, the
// interpreter printed struct { Xx int "json:\"-\" xml:\"-\"" }.
func Box[T any](v T) any { return v }

func main() {
	fmt.Printf("%T\n", Box(P{1}))
}
