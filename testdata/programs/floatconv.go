// A float out of an integer type's range converts to gc's integer
// (check.FloatToInt): int32(f) with f = 3e9 printed -1294967296, Go
// -2147483648; int16, int8, uint8 and uint16 go through gc's 32-bit
// conversion, uint32 through its 64-bit one.
package main

import (
	"fmt"
	"math"
)

type MyI32 int32
type MyU8 uint8
type MyInt int

func main() {
	vals := []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1, -1.5, 300, -300, 70000, -70000, 3e9, -3e9, 5e9, 1e19, -1e19, 1e30, -1e30, 9.3e18, 1.8e19, 4.2e9, -0.5, 255.9, 128, -129}
	for _, f := range vals {
		fmt.Println("f64", f, int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f), MyI32(f), MyU8(f), MyInt(f))
		g := float32(f)
		fmt.Println("f32", g, int8(g), int16(g), int32(g), int64(g), int(g), uint8(g), uint16(g), uint32(g), uint64(g), uint(g), uintptr(g), MyI32(g), MyU8(g), MyInt(g))
	}
}
