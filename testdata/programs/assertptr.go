package main

// Asserting an interface value holding a Square (not a *Square) to an
// interface whose methods Square has only with a pointer receiver: Go's
// comma-ok gives false and the plain form panics; the interpreter's
// assertion succeeded. The assertion is lowered (check.InterfaceAsserts).

import "fmt"

type Namer interface{ Name() string }
type Scaler interface{ Scale(int) }

type Square struct{ S int }

func (s Square) Name() string { return "square" }
func (s *Square) Scale(k int) { s.S *= k }

func main() {
	var n Namer = Square{3}
	s, ok := n.(Scaler)
	fmt.Println(s, ok)
	var m Namer = &Square{4}
	if s, ok := m.(Scaler); ok {
		s.Scale(2)
	}
	fmt.Println(m.(*Square).S)
}
