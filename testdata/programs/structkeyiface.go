// divergo run refuses: a key of type Tagged, which holds a field of type any, in a map keyed by it while values of Sq
//
// Go finds the equal key Tagged{"x", Sq{1}} (prints 1 1, then 1); the
// interpreter hashed its wrapper of the Sq and printed 0 1, then 2.
package main

import "fmt"

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Tagged struct {
	Name string
	V    any
}

func main() {
	x, y := Tagged{"x", Sq{1}}, Tagged{"x", Sq{1}}
	m := map[Tagged]int{x: 1}
	fmt.Println(m[y], len(m))
	m[y]++
	fmt.Println(len(m))
}
