package main

// A named float64 and a plain float64 of the same value in an any: Go
// says unequal (the dynamic types differ); the interpreter keeps no type
// name there and said equal, and a map[any] made them one key.
// divergo run refuses: while values of Meters and of float64 are stored in an any

import "fmt"

type Meters float64

func same(a, b any) bool { return a == b }

func main() {
	fmt.Println(same(Meters(3), 3.0))
	seen := map[any]bool{}
	seen[Meters(3)] = true
	seen[3.0] = true
	fmt.Println(len(seen))
}
