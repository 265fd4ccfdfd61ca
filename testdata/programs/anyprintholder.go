package main

// A W whose field of type any holds a P, stored in an any beside a P: the
// switch gives fmt the any's own value only, and the P below was printed
// as the interpreter's wrapper ({{0xc… {…}}}, Go {P<2>}).

// divergo run refuses: while a W is stored in an any beside values of P

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }

type W struct{ V any }

func main() {
	var b any = P{1}
	fmt.Println(b)
	var w any = W{P{2}}
	fmt.Println(w)
}
