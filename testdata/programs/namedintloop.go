package main

import "fmt"

type Shape interface{ Area() float64 }
type C int

func (c C) Area() float64 { return float64(c) }

type Names []string

func (n Names) Area() float64 { return float64(len(n)) }

func main() {
	var shapes []Shape
	for c := C(1); c <= 3; c++ {
		shapes = append(shapes, c)
	}
	for _, s := range shapes {
		fmt.Println(s.Area())
	}
	c := C(7)
	var s Shape = c
	c = 9
	fmt.Println(s.Area(), c)
	ns := Names{"a"}
	var t Shape = ns
	ns = Names{"a", "b", "c"}
	fmt.Println(t.Area(), len(ns))
}
