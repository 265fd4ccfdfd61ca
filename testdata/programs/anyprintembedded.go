package main

// A struct{ P } has P's String method, promoted: Go prints P<1>, the
// interpreter printed {{1}} (the switch knows the program's types only).

// divergo run refuses: while a struct{P} holding values of P, declared in the program, is stored in an any

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }

func main() {
	var b any = P{1}
	fmt.Println(b)
	var s any = struct{ P }{P{1}}
	fmt.Println(s)
}
