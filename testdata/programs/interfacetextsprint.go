// A review of this stop's lowerings (helper-29, b1.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64  { return q.s * q.s }
func (q Sq) String() string { return fmt.Sprintf("sq%g", q.s) }

func main() {
	var a, b Shape = Sq{1}, Sq{2}
	fmt.Print(a, b, "\n")
	fmt.Print(a, 5, "\n")
	s := fmt.Sprint(a, b)
	fmt.Println(s, len(s))
}
