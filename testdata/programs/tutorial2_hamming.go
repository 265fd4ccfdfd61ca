// Channel coding by hand: the capacity 1-H(p) of a binary symmetric channel
// for several p, a Hamming(7,4) code with bit operations on uint8 that
// corrects any single flipped bit (checked exhaustively), and the Hamming
// distance of byte strings with math/bits.OnesCount8.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func h2(p float64) float64 {
	if p == 0 || p == 1 {
		return 0
	}
	return -p*math.Log2(p) - (1-p)*math.Log2(1-p)
}

func bit(x uint8, i uint) uint8 { return x >> i & 1 }

// encode puts data bits d1..d4 at positions 3,5,6,7 and parity at 1,2,4
// (position p is bit p-1 of the result).
func encode(d uint8) uint8 {
	d1, d2, d3, d4 := bit(d, 0), bit(d, 1), bit(d, 2), bit(d, 3)
	p1 := d1 ^ d2 ^ d4
	p2 := d1 ^ d3 ^ d4
	p4 := d2 ^ d3 ^ d4
	return p1 | p2<<1 | d1<<2 | p4<<3 | d2<<4 | d3<<5 | d4<<6
}

func decode(c uint8) (uint8, int) {
	var syndrome uint8
	for pos := uint(1); pos <= 7; pos++ {
		if bit(c, pos-1) == 1 {
			syndrome ^= uint8(pos)
		}
	}
	if syndrome != 0 {
		c ^= 1 << (syndrome - 1)
	}
	d := bit(c, 2) | bit(c, 4)<<1 | bit(c, 5)<<2 | bit(c, 6)<<3
	return d, int(syndrome)
}

func distance(a, b []byte) int {
	n := 0
	for i := range a {
		n += bits.OnesCount8(a[i] ^ b[i])
	}
	return n
}

func main() {
	for _, p := range []float64{0, 0.01, 0.11, 0.25, 0.5} {
		fmt.Printf("BSC p=%.2f capacity %.4f\n", p, 1-h2(p))
	}
	for d := range uint8(4) {
		fmt.Printf("%04b -> %07b\n", d, encode(d))
	}
	corrected, total := 0, 0
	for d := range uint8(16) {
		c := encode(d)
		if got, s := decode(c); got != d || s != 0 {
			fmt.Println("clean decode failed", d)
		}
		for flip := range uint(7) {
			total++
			if got, s := decode(c ^ 1<<flip); got == d && s == int(flip)+1 {
				corrected++
			}
		}
	}
	fmt.Printf("corrected %d of %d single-bit errors\n", corrected, total)
	c := encode(0b1011) ^ 0b0000110
	got, s := decode(c)
	fmt.Printf("two flips: got %04b syndrome %d (miscorrected)\n", got, s)
	fmt.Println(distance([]byte("karolin"), []byte("kathrin")), distance([]byte{0xff}, []byte{0x0f}))
}
