package main

import "fmt"

// A value stored in an interface is a copy: later changes to the variable,
// or the next iteration of a loop, do not show through it (the interpreter
// stored a reference to the variable, or to the slot of the call that made
// the value).

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }

func mk(i int) Rect { return Rect{float64(i), 1} }

func mkSquare(i int) *Square { return &Square{float64(i)} }

func main() {
	rects := []Rect{{1, 2}, {3, 4}, {5, 6}}
	var shapes []Shape
	for _, r := range rects {
		shapes = append(shapes, r)
	}
	for i := 0; i < 3; i++ {
		shapes = append(shapes, mk(i), mkSquare(i))
	}
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	t := Rect{1, 1}
	var g Shape = t
	t.W = 5
	fmt.Println(g.Area(), t.Area())
	byName := map[string]Shape{}
	for _, n := range []string{"a", "b"} {
		r := Rect{float64(len(n)), 2}
		byName[n] = r
		r.W = 100
	}
	fmt.Println(byName["a"].Area(), byName["b"].Area())
}
