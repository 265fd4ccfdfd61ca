// A map keyed by a struct with a field of type any holding basic values
// runs as Go (the refusal of structkeyiface is for types with methods).
package main

import "fmt"

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Tagged struct {
	Name string
	V    any
}

func main() {
	x, y := Tagged{"x", 3}, Tagged{"x", 3}
	m := map[Tagged]int{x: 1}
	fmt.Println(m[y], len(m))
	m[y]++
	fmt.Println(len(m))
}
