//go:build !purego

package builtins

import (
	"math/rand/v2"
	"testing"
	"unsafe"
)

// The assembly reads logTable as {c, invC, logC} at 24-byte strides.
func TestLogTableLayout(t *testing.T) {
	var e logEntry
	if unsafe.Sizeof(e) != 24 || unsafe.Offsetof(e.c) != 0 || unsafe.Offsetof(e.invC) != 8 || unsafe.Offsetof(e.logC) != 16 {
		t.Fatal("logEntry is not {c, invC, logC float64}: fastlog_amd64.s must change with it")
	}
}

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
