// A review of this stop's lowerings (helper-29, b2.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) String() string {
	if q.s < 0 {
		panic("negative side")
	}
	return fmt.Sprintf("sq%g", q.s)
}

func main() {
	var a Shape = Sq{-1}
	fmt.Println(a)
	fmt.Println("after")
}
