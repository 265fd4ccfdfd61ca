// A negative zero given to a function of the program arrives as −0 (the
// interpreter copied an argument into the callee only when it was not
// zero by ==, so 1/x gave +Inf), as do structs, arrays and complex
// numbers holding one; min and max order −0 below +0.
package main

import (
	"fmt"
	"math"
	"sync"
)

func inv(x float64) float64 { return 1 / x }

func two(a int, x float64) float64 { return float64(a) / x }

func f32(x float32) float32 { return 1 / x }

func re(c complex128) float64 { return 1 / real(c) }

type V struct{ X float64 }

func vinv(v V) float64 { return 1 / v.X }

func (v V) Inv() float64 { return 1 / v.X }

func arr(a [2]float64) float64 { return 1 / a[1] }

func ginv[T float32 | float64](x T) T { return 1 / x }

func sum(x float64, ys ...float64) float64 {
	for _, y := range ys {
		x += y
	}
	return 1 / x
}

func id(x float64) float64 { return x }

func pair(z float64) (float64, float64) { return z, 1 }

func div(a, b float64) float64 { return b / a }

var calls int

func show(x float64) { calls++; fmt.Println("show", 1/x) }

func count(x float64) float64 { calls++; return x }

// forms calls them in the statements where the check is made before the
// statement, and elsewhere.
func forms(z float64) float64 {
	r := inv(z)
	var d = inv(z)
	s := 0.0
	s += 2 * inv(z)
	show(z)
	inv(z)
	type pair struct{ A, B float64 }
	p := pair{inv(z), inv(-z)}
	if inv(z) < 0 && inv(z) < 0 {
		fmt.Println("if", inv(z))
	}
	switch {
	case inv(z) < 0:
		fmt.Println("case", inv(z+z), inv(count(z)), calls)
	}
	h := -1.0
	for i := 0; i < 2; i++ {
		x := float64(i) * h
		s += inv(x) + inv(float64(i))
	}
	fmt.Println(r, d, s, p)
	return inv(z)
}

func main() {
	z := math.Copysign(0, -1)
	fmt.Println(inv(z), two(1, z), f32(float32(z)), re(complex(z, 1)))
	fmt.Println(vinv(V{z}), V{z}.Inv(), arr([2]float64{1, z}))
	fmt.Println(ginv(z), ginv[float32](float32(z)), sum(z), sum(z, z))
	fmt.Println(inv(id(z)), math.Signbit(id(z)), inv(-z), inv(z+0), inv(z-0))
	fmt.Println(min(z, 0.0), min(0.0, z), max(z, 0.0), max(0.0, z), min(z, z))
	f := inv
	fmt.Println(f(z), func(x float64) float64 { return inv(x) }(z))
	var wg sync.WaitGroup
	wg.Add(1)
	go func(x float64) {
		defer wg.Done()
		fmt.Println("go", inv(x))
	}(z)
	wg.Wait()
	defer fmt.Println("deferred", inv(z))
	for i := 0; i < 2; i++ {
		x := float64(i) * -1
		fmt.Println(i, inv(x), inv(float64(i)))
	}
	fmt.Println(forms(z), forms(0), div(pair(z)))
}
