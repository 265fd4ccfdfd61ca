package main

import (
	"fmt"
	"math"
	"math/rand"
	randv2 "math/rand/v2"
)

type Die struct {
	sides int
	r     *rand.Rand
}

func (d Die) Roll() int { return d.r.Intn(d.sides) + 1 }

func main() {
	r := rand.New(rand.NewSource(42))
	d := Die{6, r}
	counts := make([]int, 7)
	for i := 0; i < 6000; i++ {
		counts[d.Roll()]++
	}
	fmt.Println(counts[1:])
	var chi float64
	for _, c := range counts[1:] {
		diff := float64(c) - 1000
		chi += diff * diff / 1000
	}
	fmt.Printf("chi2=%.3f\n", chi)
	inside := 0
	const n = 20000
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	est := 4 * float64(inside) / n
	fmt.Printf("pi ~ %.4f (err %.4f)\n", est, math.Abs(est-math.Pi))
	perm := r.Perm(8)
	fmt.Println(perm)
	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, r.NormFloat64() != 0)
	p := randv2.New(randv2.NewPCG(1, 2))
	fmt.Println(p.IntN(100), p.IntN(100), p.Float64() < 1, p.Perm(5))
	walk := 0
	maxw := 0
	for i := 0; i < 1000; i++ {
		if p.IntN(2) == 0 {
			walk++
		} else {
			walk--
		}
		maxw = max(maxw, walk)
	}
	fmt.Println("walk", walk, "max", maxw)
}
