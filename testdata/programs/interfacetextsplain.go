// fmt's verbs that call no String method (%d) print the values a struct
// or a slice holds in interfaces the program declares, not the
// interpreter's wrappers.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S int }

func (s Sq) Area() float64 { return 1 }

type C struct{ R int }

func (c C) Area() float64  { return 2 }
func (c C) String() string { return "circle" }

type Box struct {
	A, B Shape
	N    int
}

func main() {
	b := Box{Sq{2}, C{3}, 4}
	fmt.Printf("%d|%5d|%v\n", b, b, b)
	fmt.Printf("%d\n", []Shape{Sq{1}, C{2}})
}
