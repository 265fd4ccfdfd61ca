package main

import (
	"fmt"
	"math"
)

// Arithmetic on constants is exact, as in Go (the interpreter computed
// math.MaxFloat64 * 2 / 4 in float64: +Inf).

const mf = math.MaxFloat64

func main() {
	fmt.Println(math.Pi*1e308/1e308, math.SmallestNonzeroFloat64/2*4, math.MaxFloat64*2/4)
	var z float64 = math.MaxFloat64 * 2 / 4
	fmt.Println(z, mf*2/4, math.Pi/2, 2*math.Pi)
}
