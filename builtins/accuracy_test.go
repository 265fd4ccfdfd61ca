package builtins

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"gonum.org/v1/gonum/stat"
)

// TestAccuracyMillion compares Entropy, KL and JS on random distributions of
// 10⁶ outcomes with their exact values, and reports gonum's plain loop on the
// same inputs beside them. The inputs are built so that the exact answer is
// cheap: every outcome takes one of 1,000 distinct (p, q) pairs, so the exact
// sum over the float64 inputs needs only 1,000 logarithms in 160-bit
// arithmetic, weighted by how often each pair occurs. The order of the terms
// is random, so the summation is tested as on any input.
func TestAccuracyMillion(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const n, distinct = 1_000_000, 1000
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 1))

	wp, wq := make([]float64, distinct), make([]float64, distinct)
	for j := range wp {
		wp[j], wq[j] = r.ExpFloat64(), r.ExpFloat64()
	}
	which := make([]int, n)
	count := make([]int64, distinct)
	var totP, totQ float64
	for i := range which {
		j := r.IntN(distinct)
		which[i] = j
		count[j]++
	}
	for j := range wp {
		totP += float64(count[j]) * wp[j]
		totQ += float64(count[j]) * wq[j]
	}
	pv, qv := make([]float64, distinct), make([]float64, distinct)
	for j := range pv {
		pv[j], qv[j] = wp[j]/totP, wq[j]/totQ
	}
	p, q := make([]float64, n), make([]float64, n)
	for i, j := range which {
		p[i], q[i] = pv[j], qv[j]
	}

	const prec = 160
	bf := func(x float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(x) }
	var exactH, exactKL, exactJS big.Float
	for _, z := range []*big.Float{&exactH, &exactKL, &exactJS} {
		z.SetPrec(prec)
	}
	for j := range pv {
		if count[j] == 0 {
			continue
		}
		m := bf(float64(count[j]))
		P, Q := bf(pv[j]), bf(qv[j])
		lnP, lnQ := bigLn(P), bigLn(Q)
		M := new(big.Float).SetPrec(prec).Add(P, Q)
		M.Quo(M, bf(2))
		lnM := bigLn(M)

		h := new(big.Float).SetPrec(prec).Mul(P, lnP) // p ln p
		exactH.Sub(&exactH, h.Mul(h, m))
		kl := new(big.Float).SetPrec(prec).Sub(lnP, lnQ) // p (ln p − ln q)
		kl.Mul(kl, P)
		exactKL.Add(&exactKL, kl.Mul(kl, m))
		a := new(big.Float).SetPrec(prec).Sub(lnP, lnM) // (p (ln p − ln m) + q (ln q − ln m))/2
		a.Mul(a, P)
		b := new(big.Float).SetPrec(prec).Sub(lnQ, lnM)
		b.Mul(b, Q)
		a.Add(a, b)
		a.Mul(a, m)
		exactJS.Add(&exactJS, a.Quo(a, bf(2)))
	}
	want := map[string]float64{}
	want["Entropy"], _ = exactH.Float64()
	want["KL"], _ = exactKL.Float64()
	want["JS"], _ = exactJS.Float64()

	ours := map[string]float64{"Entropy": Entropy(p), "KL": KL(p, q), "JS": JS(p, q)}
	m := make([]float64, n)
	for i := range m {
		m[i] = (p[i] + q[i]) / 2
	}
	gonum := map[string]float64{
		"Entropy": stat.Entropy(p),
		"KL":      stat.KullbackLeibler(p, q),
		"JS":      (stat.KullbackLeibler(p, m) + stat.KullbackLeibler(q, m)) / 2,
	}
	for _, name := range []string{"Entropy", "KL", "JS"} {
		relOurs := math.Abs(ours[name]-want[name]) / math.Abs(want[name])
		relGonum := math.Abs(gonum[name]-want[name]) / math.Abs(want[name])
		t.Logf("%-7s n = %d: exact %.17g; relative error divergo %.2e, gonum %.2e", name, n, want[name], relOurs, relGonum)
		if relOurs > 1e-13 {
			t.Errorf("%s: relative error %.2e > 1e-13 (got %.17g, exact %.17g)", name, relOurs, ours[name], want[name])
		}
	}
}
