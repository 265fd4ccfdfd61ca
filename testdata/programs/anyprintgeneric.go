package main

// A Box[int] is a bare struct{ X int } to the interpreter, as a P is: Go
// prints {1}, the interpreter's switch printed it as a P.

// divergo run refuses: would take a Box[…] (a generic type whose instances may have the same underlying type) as one

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }

type Box[T any] struct{ X T }

func main() {
	var a any = Box[int]{1}
	fmt.Println(a)
	var b any = P{2}
	fmt.Println(b)
}
