package main

// A map[any]int literal keyed by a struct whose methods all have pointer
// receivers: the interpreter's lookups missed the key (1 0, false) as
// they did for a type with value methods.
// divergo run refuses: a key of type Point, a type with methods declared in the program, in the literal of a map keyed by any

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Move() { p.X++ }

func main() {
	m := map[any]int{Point{1, 2}: 4}
	fmt.Println(len(m), m[Point{1, 2}])
	_, ok := m[Point{1, 2}]
	fmt.Println(ok)
}
