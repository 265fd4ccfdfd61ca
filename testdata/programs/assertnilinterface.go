// A review of this stop's lowerings (helper-29, l4.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }

func (c Circle) Area() float64  { return c.R }
func (c Circle) String() string { return "circle" }

func main() {
	var sh Shape
	s := sh.(fmt.Stringer)
	fmt.Println(s.String())
}
