package main

// divergo run refuses: asserting any to Vec while []float64 values are stored in an any

// A []float64 in an any is not a Vec: Go's assertion says false. The
// interpreter keeps no type name in an any and said true.

import "fmt"

type Vec []float64

func main() {
	var a any = []float64{1, 2}
	v, ok := a.(Vec)
	fmt.Println(v, ok)
}
