package main

// divergo run refuses: comparing interface values while P{…} keeps the P in an interface without the interpreter's wrapper
//
// A value of a type with methods returned as an any: the interpreter keeps
// it without its wrapper (a bare struct { X int }), where a value stored
// by assignment keeps its wrapper and type name. Comparing such anys
// could not tell a P from another type, and is refused.

import "fmt"

type P struct{ X int }

func (p P) Get() int { return p.X }

func fresh() any { return P{1} }

func main() {
	p := P{1}
	var a any = p
	fmt.Println(a == fresh())
}
