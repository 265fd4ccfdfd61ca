// Integer arithmetic details: division and modulo of negatives, bitwise
// AND/OR/XOR/AND NOT, shifts of signed and unsigned values, wrap-around of
// sized types, math/bits, and hexadecimal/binary/octal literals.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) Has(q Perm) bool { return p&q == q }

func main() {
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%04b %04b %04b\n", a&b, a|b, a^b)
	x := -16
	fmt.Println(x>>2, x<<2, uint8(200)>>3, uint32(1)<<31)
	var u uint = 3
	fmt.Println(1<<u, 0xFF>>u)

	var i8 int8 = -128
	i8--
	var u16 uint16 = 0
	u16--
	fmt.Println(i8, u16, uint8(300%256), int8(-1) == -1)
	var big int64 = math.MaxInt64
	big++
	fmt.Println(big == math.MinInt64)
	m32 := uint32(math.MaxUint32)
	fmt.Println(m32+1, int32(math.MaxInt32)+int32(u))

	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000, 0x1p4)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros8(1), bits.TrailingZeros(8), bits.Len(1023))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft8(0b10010001, 1))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	fmt.Println(hi, lo)

	p := Read | Exec
	fmt.Println(p, p.Has(Read), p.Has(Write), p&^Read)
	p |= Write
	fmt.Printf("%03b %v\n", p, p.Has(Write|Exec))
	f := 0.1 + 0.2
	fmt.Println(f, f == 0.3, float32(f) == float32(0.3), math.Floor(-2.5), math.Trunc(-2.5))
	fmt.Println(7.0/2, 7/2, 7/2.0, float64(7)/2)
}
