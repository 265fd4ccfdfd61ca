package main

// Structs whose fields of interface type hold values of a type with
// methods: Go compares the fields as interfaces (x == y is true); the
// interpreter compared its wrappers (refused before; lowered to
// divergo's Equal now). A map keyed by Tagged is refused here, Sq being
// stored in a Tagged (structkeyiface); without it, it runs (structkeyplain).
import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Tagged struct {
	Name string
	V    any
}

type Holder struct{ S Shape }

func main() {
	a := Tagged{"a", 1}
	b := Tagged{"a", 1}
	c := Tagged{"a", "1"}
	fmt.Println(a == b, a == c)
	h1 := Holder{Sq{2}}
	h2 := Holder{Sq{2}}
	h3 := Holder{Sq{3}}
	fmt.Println(h1 == h2, h1 == h3)
	x := Tagged{"x", Sq{1}}
	y := Tagged{"x", Sq{1}}
	fmt.Println(x == y)
}
