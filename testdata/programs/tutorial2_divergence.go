// Relative entropy by hand: entropy, cross-entropy and KL divergence of two
// hand-made distributions (KL is not symmetric, and is +Inf where q is zero),
// the Jensen-Shannon divergence, and softmax with the log-sum-exp trick that
// keeps large logits from overflowing.
package main

import (
	"fmt"
	"math"
)

func entropy(p []float64) float64 {
	h := 0.0
	for _, x := range p {
		if x > 0 {
			h -= x * math.Log2(x)
		}
	}
	return h
}

func crossEntropy(p, q []float64) float64 {
	h := 0.0
	for i := range p {
		if p[i] > 0 {
			h -= p[i] * math.Log2(q[i])
		}
	}
	return h
}

func kl(p, q []float64) float64 { return crossEntropy(p, q) - entropy(p) }

func js(p, q []float64) float64 {
	m := make([]float64, len(p))
	for i := range p {
		m[i] = (p[i] + q[i]) / 2
	}
	return (kl(p, m) + kl(q, m)) / 2
}

func logSumExp(xs []float64) float64 {
	mx := math.Inf(-1)
	for _, x := range xs {
		mx = max(mx, x)
	}
	s := 0.0
	for _, x := range xs {
		s += math.Exp(x - mx)
	}
	return mx + math.Log(s)
}

func softmax(xs []float64) []float64 {
	lse := logSumExp(xs)
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.Exp(x - lse)
	}
	return out
}

func main() {
	p := []float64{0.5, 0.25, 0.125, 0.125}
	q := []float64{0.25, 0.25, 0.25, 0.25}
	r := []float64{0.5, 0.5, 0, 0}
	fmt.Printf("H(p)=%.4f H(q)=%.4f\n", entropy(p), entropy(q))
	fmt.Printf("H(p,q)=%.4f KL(p||q)=%.4f KL(q||p)=%.4f\n", crossEntropy(p, q), kl(p, q), kl(q, p))
	fmt.Println("KL(p||r) =", kl(p, r))
	fmt.Printf("JS(p,r)=%.6f JS(r,p)=%.6f\n", js(p, r), js(r, p))
	logits := []float64{1000, 1001, 1002}
	naive := math.Exp(logits[0]) / (math.Exp(logits[0]) + math.Exp(logits[1]) + math.Exp(logits[2]))
	fmt.Println("naive:", naive)
	sm := softmax(logits)
	fmt.Printf("softmax: %.6f sum=%.3f lse=%.6f\n", sm, sm[0]+sm[1]+sm[2], logSumExp(logits))
	fmt.Printf("%v %v %v\n", math.Log2(0), -0*math.Log2(0.5), math.IsNaN(0*math.Log2(0)))
}
