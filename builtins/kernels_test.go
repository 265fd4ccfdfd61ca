package builtins

import (
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"testing"
)

// The measures give the same bits whatever the number of processors: the
// tree of blocks does not depend on it.
func TestSameOnAnyNumberOfProcessors(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewPCG(21, 22))
	n := 300_003
	p, q := make([]float64, n), make([]float64, n)
	for i := range p {
		p[i], q[i] = rng.ExpFloat64(), rng.ExpFloat64()
		if i%101 == 7 {
			p[i] = 0
		}
	}
	measures := func() [5]float64 {
		return [5]float64{Entropy(p, Counts), KL(p, q, Counts), JS(p, q, Counts), CrossEntropy(p, q, Counts), Jeffreys(p, q, Counts, Smooth(1))}
	}
	runtime.GOMAXPROCS(1)
	want := measures()
	for _, procs := range []int{2, 3, 8, 16} {
		runtime.GOMAXPROCS(procs)
		if got := measures(); got != want {
			t.Errorf("%d processors: %v; one processor: %v", procs, got, want)
		}
	}
}

// TestFastLogErrorAgainstExact measures the logarithm's error against ln x
// itself (200 bits), not against its rounded value as TestFastLogAccuracy
// does: a correctly rounded result is within 0.5 units of the last place;
// the method's bound is about 0.75 (fastlog.go).
func TestFastLogErrorAgainstExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	worst, worstX, misrounded, n := 0.0, 0.0, 0, 0
	for range 6_000 {
		for _, x := range []float64{rng.Float64(), 1 + (rng.Float64()-0.5)*1e-3, math.Exp((rng.Float64() - 0.5) * 1400), rng.ExpFloat64() / rng.ExpFloat64()} {
			if !isNormalPositive(math.Float64bits(x)) || x == 1 {
				continue
			}
			n++
			exact := bigLn(new(big.Float).SetPrec(200).SetFloat64(x))
			got := fastLog(x)
			rounded, _ := exact.Float64()
			if got != rounded {
				misrounded++
			}
			d, _ := new(big.Float).Sub(exact, new(big.Float).SetFloat64(got)).Float64()
			if u := math.Abs(d) / (math.Nextafter(math.Abs(rounded), math.Inf(1)) - math.Abs(rounded)); u > worst {
				worst, worstX = u, x
			}
		}
	}
	t.Logf("worst error %.4f ulp at x = %v; %d of %d results not correctly rounded", worst, worstX, misrounded, n)
	if worst > 0.8 {
		t.Errorf("ln is off by %.4f ulp at x = %v", worst, worstX)
	}
}
