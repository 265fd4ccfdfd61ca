// divergo run refuses: fmt.Printf with %T, %+v or %#v of a value of type any while a []Vertex holding values of Vertex

// %T of an any holding a []Vertex: the type switch names only the
// program's types themselves, so this stays refused.
package main

import "fmt"

type Vertex struct{ X, Y int }

func main() {
	var v any = []Vertex{{1, 2}}
	fmt.Printf("%T\n", v)
}
