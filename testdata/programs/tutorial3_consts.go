package main

import (
	"fmt"
	"math"
	"time"
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
	TiB
)

const Pi2 = math.Pi * 2
const Huge = 1e300 * 1e300 / 1e300
const Third = 1.0 / 3

type Level uint8

const (
	Low Level = iota + 1
	Mid
	High = Mid * 2
)

func human(n int64) string {
	switch {
	case n >= TiB:
		return fmt.Sprintf("%.2f TiB", float64(n)/TiB)
	case n >= GiB:
		return fmt.Sprintf("%.2f GiB", float64(n)/GiB)
	case n >= MiB:
		return fmt.Sprintf("%.2f MiB", float64(n)/MiB)
	case n >= KiB:
		return fmt.Sprintf("%.2f KiB", float64(n)/KiB)
	}
	return fmt.Sprintf("%d B", n)
}

func main() {
	fmt.Println(KiB, MiB, GiB, int64(TiB))
	for _, n := range []int64{12, 2048, 5 << 20, 3*GiB + 512*MiB, 7 * TiB} {
		fmt.Print(human(n), "; ")
	}
	fmt.Println()
	fmt.Println(Pi2, Huge, Third, float32(Third))
	var s uint = 3
	x := 1 << s
	var y int64 = 1 << s
	fmt.Println(x, y, 1<<s, uint8(1)<<7)
	fmt.Printf("%T %T %T\n", x, Low, High)
	fmt.Println(Low, Mid, High)
	const d = 90 * time.Second
	fmt.Println(d, d.Minutes(), time.Duration(1.5*float64(time.Second)))
	const big = 1 << 70
	fmt.Println(big/(1<<60), float64(big))
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %v\n", c, c)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1)
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, math.SmallestNonzeroFloat64)
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, 7%-3, -7%3)
	h := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += h
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1) < 1e-9)
}
