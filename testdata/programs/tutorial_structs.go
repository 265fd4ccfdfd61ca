// Structs, methods and interfaces: value and pointer receivers, an interface
// satisfied by two types, a type switch, embedding with promoted methods and
// fields, and a method value.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (r *Rect) Scale(f float64) {
	r.W *= f
	r.H *= f
}

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Fetch() string { return d.Name + " fetches" }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	case Circle:
		return fmt.Sprintf("circle r=%v", v.R)
	}
	return "unknown"
}

func main() {
	r := Rect{W: 3, H: 4}
	r.Scale(2)
	shapes := []Shape{r, Circle{R: 1}}
	for _, s := range shapes {
		fmt.Printf("%s area=%.2f perim=%.2f\n", describe(s), s.Area(), s.Perimeter())
	}

	d := Dog{Animal{"Rex"}, "collie"}
	fmt.Println(d.Speak())
	fmt.Println(d.Fetch())
	fmt.Println(d.Name, d.Animal.Name, d.Breed)
	fmt.Printf("%v\n%+v\n", d, d)

	area := r.Area
	r.W = 100
	fmt.Println(area())

	var s Shape
	fmt.Println(s == nil)
	s = Circle{2}
	if c, ok := s.(Circle); ok {
		fmt.Println("circle with radius", c.R)
	}
	_, ok := s.(Rect)
	fmt.Println(ok)

	anon := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Printf("%+v\n", anon)
	fmt.Println(Rect{1, 2} == Rect{1, 2})
}
