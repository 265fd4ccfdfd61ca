// A review of this stop's lowerings (helper-29, b3.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64  { return q.s * q.s }
func (q *Sq) String() string { return fmt.Sprintf("sq%g", q.s) }

type T struct{ x int }

func (t *T) Area() float64 { return 0 }
func (t *T) Error() string { return fmt.Sprint("err", t.x) }

func main() {
	var a Shape = &Sq{2}
	var n *Sq
	var b Shape = n
	var c Shape = &T{3}
	var tn *T
	var d Shape = tn
	fmt.Println(a, b, c, d)
	fmt.Printf("%v|%s|%d|%v\n", a, c, 7, d)
	fmt.Printf("%q\n", a)
}
