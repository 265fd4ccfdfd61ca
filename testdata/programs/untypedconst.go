// Untyped float and complex constants are exact, and compared exactly
// with a package's (math.Pi): the interpreter was one ulp off, refused
// the comparison, and crashed on a complex division.
package main

import (
	"fmt"
	"math"
)

const (
	third = 1.0 / 3
	tau   = 2 * math.Pi
	neg   = -math.E / 7 * 7
	huge  = math.MaxFloat64 * 4 / 8
	z     = (1 + 2i) / 3
	six   = 2.0 * 3
	r     = 'a' + 1
)

const (
	a = iota * 1.5
	b
	c
)

type B bool

func main() {
	x := six
	fmt.Printf("%T %v %v %v %v %v %v %v\n", x, third*3, tau, neg, huge, z, six, r)
	fmt.Println(a, b, c, float32(third))
	const big = 1e300 * 1e300 / 1e300
	var ok B = tau/2 == math.Pi
	fmt.Println(big, tau/2 == math.Pi, ok, third > 0.3)
	var f32 float32 = third
	fmt.Println(f32, complex64(z))
}
