// Interfaces in collections: shapes with String methods in a []Shape
// printed whole and one by one, sorted by area with sort.Slice, a
// map[string]Shape looked up by name, and a type switch with a
// multi-type case.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Square struct{ Side float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (s Square) Area() float64    { return s.Side * s.Side }
func (s Square) String() string   { return fmt.Sprintf("Square(%g)", s.Side) }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) String() string   { return fmt.Sprintf("Circle(%g)", c.R) }
func (t Triangle) String() string { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }
func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func kind(x any) string {
	switch v := x.(type) {
	case Square, Circle:
		return fmt.Sprintf("round-or-square %v", v)
	case Triangle:
		return "triangle with side " + fmt.Sprint(v.A)
	case nil:
		return "nothing"
	default:
		return fmt.Sprint("other ", v)
	}
}

func main() {
	shapes := []Shape{Square{3}, Circle{1}, Triangle{3, 4, 5}, Square{1.5}}
	fmt.Println(shapes)
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-14v %6.2f\n", s, s.Area())
	}
	byName := map[string]Shape{"big": Square{10}, "unit": Circle{1}}
	if s, ok := byName["big"]; ok {
		fmt.Println(s, s.Area())
	}
	fmt.Println(byName["none"] == nil)
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	for _, x := range []any{Square{2}, Circle{2}, Triangle{1, 1, 1}, nil, 42} {
		fmt.Println(kind(x))
	}
	fmt.Printf("%s|%v|%d\n", Square{4}, []Shape{Circle{0.5}}, 3)
}
