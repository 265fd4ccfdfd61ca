// An assertion to an interface (s.(Named)) does not store the value in an
// any for the refusals of fmt's %T of an unrelated any: describe(2.5) was
// refused, naming Circle, though no Circle reaches an any.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Named interface{ Name() string }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func describe(i interface{}) string { return fmt.Sprintf("%T", i) }

func main() {
	var s Shape = Circle{1}
	if n, ok := s.(Named); ok {
		fmt.Println("named", n.Name(), s.Area())
	}
	fmt.Println(describe(2.5), describe("x"))
}
