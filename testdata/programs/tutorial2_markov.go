// A two-state weather Markov chain sampled with math/rand/v2 seeded by
// rand.New(rand.NewPCG(1, 2)), compared with the stationary distribution got
// by iterating the transition matrix, and the entropy rate of the chain.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type State int

const (
	Sunny State = iota
	Rainy
)

func (s State) String() string { return [...]string{"sunny", "rainy"}[s] }

var P = [2][2]float64{
	{0.9, 0.1},
	{0.5, 0.5},
}

func step(r *rand.Rand, s State) State {
	if r.Float64() < P[s][0] {
		return Sunny
	}
	return Rainy
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	s := Sunny
	var seen [2]int
	path := ""
	for i := range 20000 {
		s = step(r, s)
		seen[s]++
		if i < 30 {
			path += s.String()[:1]
		}
	}
	fmt.Println("path:", path)
	fmt.Printf("empirical: sunny %.3f rainy %.3f\n", float64(seen[0])/20000, float64(seen[1])/20000)
	pi := [2]float64{1, 0}
	for range 100 {
		pi = [2]float64{
			pi[0]*P[0][0] + pi[1]*P[1][0],
			pi[0]*P[0][1] + pi[1]*P[1][1],
		}
	}
	fmt.Printf("stationary: %.4f %.4f\n", pi[0], pi[1])
	rate := 0.0
	for i := range 2 {
		for j := range 2 {
			rate -= pi[i] * P[i][j] * math.Log2(P[i][j])
		}
	}
	fmt.Printf("entropy rate: %.4f bits/step\n", rate)
	fmt.Println(r.IntN(100), r.IntN(100), r.Perm(5))
}
