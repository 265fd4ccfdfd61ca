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

// logPath is one implementation of logs: the Go code, or the assembly on
// processors that have it.
type logPath struct {
	name string
	logs func([]float64)
}

// haveAVX2 is whether this processor runs the assembly, whatever the tests
// do to useAVX2.
var haveAVX2 = useAVX2

func logPaths() []logPath {
	paths := []logPath{{"go", logsGo}}
	if haveAVX2 {
		paths = append(paths, logPath{"avx2", logsAVX2})
	}
	return paths
}

// TestFastLogAccuracy measures the worst error of each path of logs in units
// of the last place against ln computed to 160 bits with math/big, on blocks
// of all lengths.
func TestFastLogAccuracy(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var xs []float64
	for range 20000 {
		xs = append(xs,
			rng.Float64(),                      // (0, 1): probabilities
			1+(rng.Float64()-0.5)*1e-3,         // near 1, where ln is small
			math.Exp((rng.Float64()-0.5)*1400)) // the whole range
	}
	for k := 0; k <= 1<<cellBits; k++ { // the edges of the cells
		c := math.Float64frombits(offsetBits + uint64(k)<<cellShift)
		xs = append(xs, c, math.Nextafter(c, 0), math.Nextafter(c, 2))
	}
	xs = append(xs, math.SmallestNonzeroFloat64*(1<<52), math.MaxFloat64, 1, 2, 0.5, 0.75, 1.5)
	want := make([]float64, len(xs))
	for i, x := range xs {
		want[i] = bigLog(x)
	}
	for _, path := range logPaths() {
		t.Run(path.name, func(t *testing.T) {
			got := append([]float64(nil), xs...)
			for i := 0; i < len(got); i += 1 + i%11 { // blocks of 1 to 11
				path.logs(got[i:min(len(got), i+1+i%11)])
			}
			worst, worstX := 0.0, 0.0
			for i, x := range xs {
				if d := ulpDiff(got[i], want[i]); d > worst {
					worst, worstX = d, x
				}
			}
			t.Logf("worst error %.3f ulp at x = %v", worst, worstX)
			if worst > 1.5 {
				t.Errorf("logs is off by %.3f ulp at x = %v", worst, worstX)
			}
		})
	}
}

// TestLogPathsAgree checks that the assembly gives the same bits as the Go
// code on millions of inputs in blocks of every length from 0 to 300, and
// that it writes nothing outside its slice.
func TestLogPathsAgree(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no assembly on this processor")
	}
	n := 4_000_000
	if testing.Short() {
		n = 400_000
	}
	rng := rand.New(rand.NewPCG(5, 6))
	random := func() float64 {
		switch rng.IntN(5) {
		case 0: // probabilities
			return rng.Float64() + 0x1p-60
		case 1: // ratios of probabilities, as KL's
			return rng.ExpFloat64() / rng.ExpFloat64()
		case 2: // near 1
			return 1 + (rng.Float64()-0.5)*0x1p-7
		case 3: // a cell's edge, or next to it
			c := math.Float64frombits(offsetBits + uint64(rng.IntN(1<<cellBits+1))<<cellShift)
			return c * math.Exp2(float64(rng.IntN(61)-30)) * (1 + float64(rng.IntN(3)-1)*0x1p-52)
		default: // any positive normal number
			for {
				if x := math.Float64frombits(rng.Uint64() >> 1); isNormalPositive(math.Float64bits(x)) {
					return x
				}
			}
		}
	}
	const guard = 4 // entries either side of the slice that must not change
	buf := make([]float64, 300+2*guard)
	for done := 0; done < n; {
		size := rng.IntN(301)
		if rng.IntN(4) == 0 {
			size = rng.IntN(10) // many short ones, for the tail
		}
		for i := range buf {
			buf[i] = random()
		}
		x := buf[guard : guard+size]
		orig := append([]float64(nil), buf...)
		want := append([]float64(nil), x...)
		logsGo(want)
		logsAVX2(x)
		for i := range x {
			if math.Float64bits(x[i]) != math.Float64bits(want[i]) {
				t.Fatalf("ln(%v): assembly %v, Go %v (%.1f ulp)", orig[guard+i], x[i], want[i], ulpDiff(x[i], want[i]))
			}
		}
		for i := range buf {
			if (i < guard || i >= guard+size) && math.Float64bits(buf[i]) != math.Float64bits(orig[i]) {
				t.Fatalf("logsAVX2 of %d entries changed buf[%d], outside them", size, i-guard)
			}
		}
		done += size
	}
}

// TestLogsAVX2AnyInput runs the assembly on what the callers never give it:
// it must not fault, and the positive normal entries beside them must still
// come out right.
func TestLogsAVX2AnyInput(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no assembly on this processor")
	}
	odd := []float64{0, math.Copysign(0, -1), -1, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, 0x1p-1050, math.Float64frombits(0xffffffffffffffff), math.Float64frombits(0x000fffffffffffff)}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 100_000 {
		odd = append(odd, math.Float64frombits(rng.Uint64()))
	}
	x := append([]float64(nil), odd...)
	logsAVX2(x)
	for i := 0; i+4 <= len(odd); i += 4 {
		block := []float64{odd[i], 0.5, odd[i+1], 3}
		logsAVX2(block)
		if block[1] != math.Log(0.5) && ulpDiff(block[1], math.Log(0.5)) > 1 || ulpDiff(block[3], math.Log(3)) > 1 {
			t.Fatalf("beside %v and %v: ln 0.5 = %v, ln 3 = %v", odd[i], odd[i+1], block[1], block[3])
		}
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

// benchRatios are 256 ratios of probabilities, what KL's blocks take the
// logarithms of.
func benchRatios() []float64 {
	rng := rand.New(rand.NewPCG(9, 10))
	x := make([]float64, 2*blockSize)
	for i := range x {
		x[i] = rng.ExpFloat64() / rng.ExpFloat64()
	}
	return x
}

// BenchmarkLogs times one block of logs on each path, with the copy that
// refills the block (about 0.05 ns per entry).
func BenchmarkLogs(b *testing.B) {
	src := benchRatios()
	x := make([]float64, len(src))
	for _, path := range logPaths() {
		b.Run("path="+path.name, func(b *testing.B) {
			for b.Loop() {
				copy(x, src)
				path.logs(x)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(x)), "ns/entry")
		})
	}
}
