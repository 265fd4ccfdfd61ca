package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square side %g", v.W)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case fmt.Stringer:
		return v.String()
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), &Circle{0.5}, Rect{1, 10}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-22s area=%7.3f perim=%7.3f %T\n", describe(s), s.Area(), s.Perimeter(), s)
	}
	fmt.Printf("total area %.5f\n", total)
	fmt.Println(shapes[0], shapes[len(shapes)-1])
	fmt.Printf("%v %+v\n", NewSquare(3), NewSquare(3))
	var s Shape
	fmt.Println(s == nil, s)
	var c *Circle
	s = c
	fmt.Println(s == nil, s != nil)
	_, ok := s.(fmt.Stringer)
	fmt.Println("stringer:", ok)
}
