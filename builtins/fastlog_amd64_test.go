//go:build !purego

package builtins

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestMeasuresSameOnBothPaths runs the measures with and without the
// assembly: the same bits. (go test -tags purego runs every test without it.)
func TestMeasuresSameOnBothPaths(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no assembly on this processor")
	}
	defer func() { useAVX2 = haveAVX2 }()
	rng := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{1, 2, 3, 5, 7, 100, 129, 1000, 40_000, 100_003} {
		p, q := make([]float64, n), make([]float64, n)
		for i := range p {
			p[i], q[i] = rng.ExpFloat64(), rng.ExpFloat64()
			if i%17 == 3 {
				p[i] = 0
			}
		}
		measures := func() [4]float64 {
			return [4]float64{Entropy(p, Counts), KL(p, q, Counts), JS(p, q, Counts), CrossEntropy(p, q, Counts)}
		}
		useAVX2 = true
		asm := measures()
		useAVX2 = false
		pure := measures()
		if asm != pure {
			t.Errorf("n = %d: Entropy, KL, JS, CrossEntropy = %v with the assembly, %v without", n, asm, pure)
		}
	}
}

// kernelEntry is an entry of a random block, mostly probabilities and now
// and then what the kernels must notice: zeros of either sign, subnormal
// and tiny numbers (ratios that under- or overflow), entries above 1,
// negative, infinite and NaN ones.
func kernelEntry(rng *rand.Rand, odd int) float64 {
	if rng.IntN(odd) != 0 {
		return rng.ExpFloat64() / 1000
	}
	switch rng.IntN(9) {
	case 0, 1:
		return 0
	case 2:
		return math.Copysign(0, -1)
	case 3:
		return 0x1p-1060 * rng.Float64() // subnormal
	case 4:
		return 0x1p-1000 * rng.Float64() // tiny: its ratios under- or overflow
	case 5:
		return 1 + rng.Float64() // above 1
	case 6:
		return -rng.Float64()
	case 7:
		return math.Inf(1)
	default:
		return math.NaN()
	}
}

// TestKernelsSameOnBothPaths runs the assembly kernels and the Go kernels on
// random blocks (four million entries) of every length up to blockSize, with and without
// entries the assembly declines: where it takes a block, it must give the
// Go code's bits, and it must take every block of plain probabilities.
func TestKernelsSameOnBothPaths(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no assembly on this processor")
	}
	n := 4_000_000
	if testing.Short() {
		n = 400_000
	}
	rng := rand.New(rand.NewPCG(13, 14))
	ts := new(terms)
	same := func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }
	taken, declined := 0, 0
	for done := 0; done < n; {
		size := 1 + rng.IntN(blockSize)
		if rng.IntN(4) == 0 {
			size = 1 + rng.IntN(9)
		}
		odd := []int{1 << 30, 50, 5 * size}[rng.IntN(3)] // none, many, about one in five blocks
		p, q := make([]float64, size), make([]float64, size)
		for i := range p {
			p[i], q[i] = kernelEntry(rng, odd), kernelEntry(rng, odd)
		}
		limit := []float64{1 + 1e-9, math.MaxFloat64}[rng.IntN(2)]
		clean := odd == 1<<30

		check := func(name string, terms, sp, sq float64, ok bool, want sums, pair bool) {
			if !ok {
				declined++
				if clean {
					t.Fatalf("%s declined a block of %d plain probabilities", name, size)
				}
				return
			}
			taken++
			if want.bad || want.inf || !same(terms, want.terms) || !same(sp, want.p) || pair && !same(sq, want.q) {
				t.Fatalf("%s of %v, %v (limit %v): assembly %v %v %v, Go %+v", name, p, q, limit, terms, sp, sq, want)
			}
		}
		terms, sp, ok := entropyAVX2(p, limit)
		check("Entropy", terms, sp, 0, ok, entropyGo(p, limit, ts), false)
		if useAVX512 {
			terms, sp, ok = entropyAVX512(p, limit)
			check("Entropy (AVX-512)", terms, sp, 0, ok, entropyGo(p, limit, ts), false)
		}
		terms, sp, sq, ok := klAVX2(p, q, limit)
		check("KL", terms, sp, sq, ok, klGo(p, q, limit, ts), true)
		terms, sp, sq, ok = jsAVX2(p, q, limit)
		check("JS", terms, sp, sq, ok, jsGo(p, q, limit, ts), true)
		done += size
	}
	t.Logf("assembly took %d blocks, declined %d", taken, declined)
	if declined == 0 {
		t.Error("the assembly declined no block: the odd entries did not reach it")
	}
}
