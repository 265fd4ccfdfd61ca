package main

// A map[any]int literal with keys of a type with methods: Go finds them;
// the interpreter's lookups did not (0 0 false).
// divergo run refuses: a key of type Grade, a type with methods declared in the program, in the literal of a map keyed by any

import "fmt"

type Grade int

func (g Grade) String() string { return string(rune('A' + g)) }

func main() {
	m := map[any]int{Grade(0): 3, Grade(1): 5}
	v, ok := m[Grade(1)]
	fmt.Println(m[Grade(0)], v, ok)
}
