package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u uint = 3
	fmt.Println(i8, u8, u-4 > 0, -7/2, -7%2, 7>>1, -7>>1)
	x := math.MaxInt64
	x++
	fmt.Println(x, math.MinInt64, uint64(math.MaxUint64))
	f := 0.1 + 0.2
	fmt.Println(f, f == 0.3, float32(f), float32(0.1)+float32(0.2))
	fmt.Printf("%.20f %e %g %G %08.3f|%-8.2f|%+d\n", f, 123456.789, 1e21, 1e-7, 3.14159, 2.5, 5)
	fmt.Println(1e20, 1e21, 123456789.0, 0.000001, 0.0000001, float32(1)/3)
	fmt.Println(math.Sqrt(-1), math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	fmt.Println(int(f*13), int(-f*13), math.Round(-2.5), math.Floor(-2.5), math.Trunc(2.7))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'f', -1, 32))
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.Quote("a\tb\"c"))
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), c == 1+2i)
	fmt.Printf("%x %X %o %b %c %U %q\n", 255, 255, 8, 5, 65, 0x1F600, 'x')
	fmt.Printf("%5d|%-5d|%05d|%x|% x\n", 42, 42, -42, "hi", "hi")
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
	var r rune = 'é'
	fmt.Println(r, string(r), len(string(r)), []byte(string(r)))
	fmt.Println(7/2*2.0, 7.0/2*2, 1<<3+1)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h, int32(h), uint16(h))
	fmt.Println(math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
}
