package builtins

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// The benchmarks time Entropy, KL and JS beside gonum/stat on the same
// random distributions (no zeros) of 10³ … 10⁷ outcomes.
// bench/builtins.py runs them beside NumPy and SciPy and prints the ratios.

var benchSizes = []int{1_000, 10_000, 100_000, 1_000_000, 10_000_000}

func benchDists(n int) (p, q, m []float64) {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	p, q, m = make([]float64, n), make([]float64, n), make([]float64, n)
	var sp, sq float64
	for i := range p {
		p[i], q[i] = r.ExpFloat64(), r.ExpFloat64()
		sp += p[i]
		sq += q[i]
	}
	for i := range p {
		p[i] /= sp
		q[i] /= sq
		m[i] = (p[i] + q[i]) / 2
	}
	return p, q, m
}

func benchEach(b *testing.B, f func(b *testing.B, p, q, m []float64)) {
	for _, n := range benchSizes {
		p, q, m := benchDists(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(8 * n))
			f(b, p, q, m)
		})
	}
}

var benchSink float64

func BenchmarkEntropy(b *testing.B) {
	benchEach(b, func(b *testing.B, p, q, m []float64) {
		for b.Loop() {
			benchSink = Entropy(p)
		}
	})
}

func BenchmarkGonumEntropy(b *testing.B) {
	benchEach(b, func(b *testing.B, p, q, m []float64) {
		for b.Loop() {
			benchSink = stat.Entropy(p)
		}
	})
}

func BenchmarkKL(b *testing.B) {
	benchEach(b, func(b *testing.B, p, q, m []float64) {
		for b.Loop() {
			benchSink = KL(p, q)
		}
	})
}

func BenchmarkGonumKL(b *testing.B) {
	benchEach(b, func(b *testing.B, p, q, m []float64) {
		for b.Loop() {
			benchSink = stat.KullbackLeibler(p, q)
		}
	})
}

func BenchmarkJS(b *testing.B) {
	benchEach(b, func(b *testing.B, p, q, m []float64) {
		for b.Loop() {
			benchSink = JS(p, q)
		}
	})
}

// gonum has no JS; its natural form is the two KLs against the mixture, with
// the mixture built once per call, as a user would.
func BenchmarkGonumJS(b *testing.B) {
	benchEach(b, func(b *testing.B, p, q, m []float64) {
		for b.Loop() {
			for i := range m {
				m[i] = (p[i] + q[i]) / 2
			}
			benchSink = (stat.KullbackLeibler(p, m) + stat.KullbackLeibler(q, m)) / 2
		}
	})
}

// The sequential speed, one goroutine: what each core does.
func BenchmarkKLOneCore(b *testing.B) {
	benchEach(b, func(b *testing.B, p, q, m []float64) {
		for b.Loop() {
			plain := transform{plain: true, limit: 1}
			benchSink = reduceTree(0, len(p), &job{p: p, q: q, tp: plain, tq: plain, pair: klBlock}, new(terms)).terms
		}
	})
}

// A small distribution, as typed at the prompt: nothing may allocate.
func TestSmallCallsDoNotAllocate(t *testing.T) {
	p, q := []float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}
	for name, f := range map[string]func(){
		"KL":      func() { benchSink = KL(p, q) },
		"JS":      func() { benchSink = JS(p, q) },
		"Entropy": func() { benchSink = Entropy(p) },
		"KL bits": func() { benchSink = KL(p, q, Bits) },
	} {
		if a := testing.AllocsPerRun(100, f); a != 0 {
			t.Errorf("%s allocates %v times per call", name, a)
		}
	}
}
