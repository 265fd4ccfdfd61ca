// divergo run refuses: would take a Pair (of the same underlying type) as one

// Two types of one structure, both stored in an any, one with a String
// method: the interpreter's type switch, which sees only a bare value's
// structure, would take the Pair for a Point.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Pair struct{ X, Y int }

func main() {
	values := []any{Point{1, 2}, Pair{3, 4}}
	for _, v := range values {
		fmt.Println(v)
	}
}
