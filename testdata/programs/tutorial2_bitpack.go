// A bit-packing codec: a BitWriter that appends n-bit fields MSB-first into a
// []byte and a BitReader that reads them back, used to pack 3-bit values and
// a variable-length Elias-gamma code; prints bytes in %08b and hex.
package main

import (
	"fmt"
	"math/bits"
)

type BitWriter struct {
	buf   []byte
	nbits int
}

func (w *BitWriter) Write(v uint64, n int) {
	for i := n - 1; i >= 0; i-- {
		if w.nbits%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if v>>uint(i)&1 == 1 {
			w.buf[len(w.buf)-1] |= 1 << (7 - uint(w.nbits%8))
		}
		w.nbits++
	}
}

type BitReader struct {
	buf []byte
	pos int
}

func (r *BitReader) Read(n int) uint64 {
	var v uint64
	for range n {
		bit := r.buf[r.pos/8] >> (7 - uint(r.pos%8)) & 1
		v = v<<1 | uint64(bit)
		r.pos++
	}
	return v
}

func gammaWrite(w *BitWriter, x uint64) {
	n := bits.Len64(x)
	w.Write(0, n-1)
	w.Write(x, n)
}

func gammaRead(r *BitReader) uint64 {
	z := 0
	for r.Read(1) == 0 {
		z++
	}
	return 1<<uint(z) | r.Read(z)
}

func main() {
	vals := []uint64{5, 3, 7, 0, 1, 6, 2, 4}
	w := &BitWriter{}
	for _, v := range vals {
		w.Write(v, 3)
	}
	fmt.Printf("%d bits in %d bytes: %08b % x\n", w.nbits, len(w.buf), w.buf, w.buf)
	r := &BitReader{buf: w.buf}
	var back []uint64
	for range vals {
		back = append(back, r.Read(3))
	}
	fmt.Println(back)

	g := &BitWriter{}
	nums := []uint64{1, 2, 3, 4, 9, 100, 1000}
	for _, x := range nums {
		gammaWrite(g, x)
	}
	fmt.Printf("gamma: %d bits %x\n", g.nbits, g.buf)
	gr := &BitReader{buf: g.buf}
	for range nums {
		fmt.Print(gammaRead(gr), " ")
	}
	fmt.Println()
	fmt.Println(bits.OnesCount8(0xb5), bits.LeadingZeros32(1), bits.Reverse8(1), bits.TrailingZeros(48))
}
