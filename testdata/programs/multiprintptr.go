package main

// fmt.Println(f()) where a result's String has a pointer receiver and the
// result is a value, beside a result with a String of its own: Go prints
// the value's fields; lowered so that the other result's String is called,
// the interpreter would call the pointer's String too.
// divergo run refuses: String method has a pointer receiver

import "fmt"

type Celsius float64

func (c Celsius) String() string { return "C" }

type P struct{ X int }

func (p *P) String() string { return "P" }

func get() (P, Celsius) { return P{1}, 2 }

func main() {
	fmt.Println(get())
}
