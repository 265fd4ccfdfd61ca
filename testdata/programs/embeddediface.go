package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Named struct {
	Shape
	Name string
}

func main() {
	n := Named{Rect{3, 3}, "sq"}
	fmt.Println(n.Area())
}
