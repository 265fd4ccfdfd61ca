package main

// %T with a width, a precision and flags: fmt formats the type's name as
// a string (padded, cut), and <nil> padded but never cut.

import "fmt"

type point struct{ X, Y int }
type I interface{ M() int }
type A struct{ X int }

func (a A) M() int { return 1 }

func main() {
	p := point{1, 2}
	fmt.Printf("[%12T][%-12T][%.4T][%012T]\n", p, p, p, p)
	var i I = A{3}
	fmt.Printf("[%12T][%-12T][%.4T][%T]\n", i, i, i, i)
	i = nil
	fmt.Printf("[%12T][%-12T][%.2T][%T]\n", i, i, i, i)
	fmt.Printf("%5.1f %T\n", 3.14159, p)
}
