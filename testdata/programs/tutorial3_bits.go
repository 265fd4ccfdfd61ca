package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func NewBitSet(n int) BitSet { return make(BitSet, (n+63)/64) }
func (b BitSet) Set(i int)   { b[i/64] |= 1 << (uint(i) % 64) }
func (b BitSet) Has(i int) bool {
	return b[i/64]&(1<<(uint(i)%64)) != 0
}
func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b BitSet) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i := 0; i < len(b)*64; i++ {
		if b.Has(i) {
			if !first {
				sb.WriteByte(' ')
			}
			first = false
			fmt.Fprint(&sb, i)
		}
	}
	sb.WriteByte('}')
	return sb.String()
}

func sieve(n int) BitSet {
	composite := NewBitSet(n + 1)
	primes := NewBitSet(n + 1)
	for i := 2; i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		primes.Set(i)
		for j := i * i; j <= n; j += i {
			composite.Set(j)
		}
	}
	return primes
}

func main() {
	p := sieve(100)
	fmt.Println(p.Count(), p)
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255), bits.Reverse8(1))
	fmt.Println(bits.RotateLeft8(0b10010001, 1), bits.OnesCount(0xFFFF))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	x := uint16(0xBEEF)
	fmt.Printf("%016b %04x %d\n", x, x>>4, x&0xF)
	fmt.Printf("%08b %08b %08b\n", 0b1100&0b1010, 0b1100|0b1010, 0b1100^0b1010)
	var flags uint8
	flags |= 1 << 3
	flags |= 1 << 0
	flags &^= 1 << 0
	fmt.Println(flags, ^flags, -flags, flags<<5)
	gray := func(n uint) uint { return n ^ (n >> 1) }
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", gray(i))
	}
	fmt.Println()
	s := int64(-8)
	fmt.Println(s>>1, uint64(s)>>60, s<<62)
}
