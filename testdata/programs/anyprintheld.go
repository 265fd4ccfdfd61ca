package main

// A []P stored in an any beside a P: the switch gives fmt the P's text,
// but the P values in the slice were printed bare ([{1}], Go [P<1>]).

// divergo run refuses: while a []P holding values of P, declared in the program, is stored in an any

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }

func main() {
	var b any = P{1}
	fmt.Println(b)
	var s any = []P{{1}}
	fmt.Println(s)
}
