// Seeded randomness is deterministic: math/rand/v2 with a PCG source of a
// fixed seed for ints, floats, permutations and a shuffle, and the older
// math/rand with rand.New(rand.NewSource(42)).
package main

import (
	"fmt"
	oldrand "math/rand"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Int64N(1000))
	fmt.Printf("%.4f\n", r.Float64())
	fmt.Println(r.Perm(5))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)

	o := oldrand.New(oldrand.NewSource(42))
	fmt.Println(o.Intn(10), o.Intn(10), o.Intn(10))
	fmt.Println(o.Perm(4))
	counts := make([]int, 3)
	for range 300 {
		counts[r.IntN(3)]++
	}
	fmt.Println(counts[0]+counts[1]+counts[2], counts)
}
