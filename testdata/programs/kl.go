package main

import (
	"fmt"
	"math"

	"github.com/divergo/divergo/builtins"
)

// The seed example, by hand and with the builtins.
func main() {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	var kl float64
	for i := range p {
		kl += p[i] * math.Log(p[i]/q[i])
	}
	fmt.Println(builtins.KL(p, q), math.Abs(kl-builtins.KL(p, q)) < 1e-15)
}
