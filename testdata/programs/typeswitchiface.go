package main

// A type switch on an interface type of the program with a case of an
// interface type: the interpreter never matched it (it took default). The
// switch is lowered (check.InterfaceAsserts).

import "fmt"

type Namer interface{ Name() string }
type Scaler interface{ Scale(int) }

type Square struct{ S int }

func (s Square) Name() string { return "square" }
func (s *Square) Scale(k int) { s.S *= k }

func kind(n Namer) string {
	switch n.(type) {
	case Scaler:
		return "scaler"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(kind(&Square{1}), kind(Square{2}))
}
