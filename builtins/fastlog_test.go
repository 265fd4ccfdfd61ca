package builtins

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// ulpDiff is the distance between got and want in units of want's last place.
func ulpDiff(got, want float64) float64 {
	if got == want {
		return 0
	}
	ulp := math.Nextafter(math.Abs(want), math.Inf(1)) - math.Abs(want)
	return math.Abs(got-want) / ulp
}

func TestFastLogSpecialValues(t *testing.T) {
	for _, x := range []float64{0, -0.0, -1, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 2.2e-308, math.MaxFloat64, 1, 2, 0.5} {
		got, want := fastLog(x), math.Log(x)
		if !(got == want || math.IsNaN(got) && math.IsNaN(want) || ulpDiff(got, want) <= 1) {
			t.Errorf("fastLog(%v) = %v, want %v", x, got, want)
		}
	}
}

// TestFastLogAccuracy measures the worst error of fastLog in units of the
// last place against ln computed to 120 bits with math/big.
func TestFastLogAccuracy(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	worst, worstX := 0.0, 0.0
	check := func(x float64) {
		want := bigLog(x)
		if d := ulpDiff(fastLog(x), want); d > worst {
			worst, worstX = d, x
		}
	}
	for range 20000 {
		check(rng.Float64())                          // (0, 1): probabilities
		check(1 + (rng.Float64()-0.5)*1e-3)           // near 1, where ln is small
		check(math.Exp((rng.Float64() - 0.5) * 1400)) // the whole range
	}
	for k := 0; k <= 1<<cellBits; k++ { // the edges of the cells
		c := math.Float64frombits(offsetBits + uint64(k)<<cellShift)
		check(c)
		check(math.Nextafter(c, 0))
		check(math.Nextafter(c, 2))
	}
	t.Logf("worst error %.3f ulp at x = %v", worst, worstX)
	if worst > 1.5 {
		t.Errorf("fastLog is off by %.3f ulp at x = %v", worst, worstX)
	}
}

func TestFastLogAgreesWithMathLog(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 1_000_000 {
		x := rng.Float64() * math.Exp2(float64(rng.IntN(200)-100))
		if d := ulpDiff(fastLog(x), math.Log(x)); d > 2 {
			t.Fatalf("fastLog(%v) = %v, math.Log = %v: %.1f ulp apart", x, fastLog(x), math.Log(x), d)
		}
	}
}

// bigLog returns ln x rounded to float64, computed in 160-bit arithmetic.
func bigLog(x float64) float64 {
	f, _ := bigLn(new(big.Float).SetPrec(160).SetFloat64(x)).Float64()
	return f
}

func BenchmarkFastLog(b *testing.B) {
	x := make([]float64, 1000)
	for i := range x {
		x[i] = float64(i+1) / 1000
	}
	var s float64
	for b.Loop() {
		for _, v := range x {
			s += fastLog(v)
		}
	}
	sink = s
}

func BenchmarkMathLog(b *testing.B) {
	x := make([]float64, 1000)
	for i := range x {
		x[i] = float64(i+1) / 1000
	}
	var s float64
	for b.Loop() {
		for _, v := range x {
			s += math.Log(v)
		}
	}
	sink = s
}

var sink float64
