package main

// A value of an alias of struct{ X int } is a plain struct{ X int } in an
// any: Go prints {1}, the interpreter's switch printed it as a P.

// divergo run refuses: would take a plain struct{X int} stored in an any as one

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }

type A = struct{ X int }

func main() {
	var a any = A{1}
	fmt.Println(a)
	var b any = P{2}
	fmt.Println(b)
}
