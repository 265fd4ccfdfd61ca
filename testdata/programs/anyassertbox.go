package main

// A Box[int] is a bare struct{ X int } to the interpreter: Go's assertion
// to P fails; the interpreter's said {1}, true.

// divergo run refuses: asserting any to P while struct{X int} values are stored in an any

import "fmt"

type P struct{ X int }

type Box[T any] struct{ X T }

func main() {
	var x any = Box[int]{1}
	p, ok := x.(P)
	fmt.Println(p, ok)
	var y any = P{1}
	_ = y
}
