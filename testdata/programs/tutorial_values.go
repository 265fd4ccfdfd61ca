// Values, variables and constants as a first tutorial shows them: typed and
// untyped constants, iota, short declarations, zero values, conversions and
// integer overflow of a sized type.
package main

import (
	"fmt"
	"math"
)

const greeting = "hello"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100

func main() {
	var a int
	var b float64
	var c string
	var d bool
	fmt.Println(a, b, c == "", d)

	x, y := 7, 2
	fmt.Println(x/y, x%y, float64(x)/float64(y))
	fmt.Println(greeting+", world", len(greeting))
	fmt.Println(KB, MB, GB)
	fmt.Println(big >> 98)
	fmt.Println(math.Sqrt(2), math.Pi)

	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)

	f := 3.99
	fmt.Println(int(f), int(-f), math.Round(f))
	var r rune = 'A'
	fmt.Println(r, string(r), r+1)

	const typed int64 = 5
	fmt.Printf("%T %T %T %T\n", typed, 5, 5.0, 'x')
	fmt.Printf("%v %.2f %e\n", 1e6, 1e6, 1e6)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
}
