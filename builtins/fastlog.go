package builtins

import "math"

// The measures spend nearly all their time in logarithms, so they use their
// own natural logarithm for positive normal numbers, faster than math.Log and
// accurate to about one unit in the last place (the tests measure the worst
// case over millions of inputs against math/big).
//
// The method is the classic table-driven one:
//
//	x = 2^e · z,           z ∈ [0.75, 1.5)
//	c ≈ z                  one of 256 table points, the centre of z's cell
//	r = (z − c)·(1/c)      |r| ≤ 1/512, or 1/256 next to 1; z − c is exact (Sterbenz)
//	ln x = e·ln 2 + ln c + ln(1 + r)
//
// with ln c and 1/c from a table made at start-up with math.Log, and
// ln(1 + r) from its Taylor series to r⁷ (truncation error below 2⁻⁵⁹·|r|).
// Because z is centred on 1, x ∈ [0.75, 1.5) has e = 0 and nothing cancels
// against e·ln 2; the two cells next to 1 use c = 1, so there r = z − 1
// exactly and results near 1 keep their full relative accuracy. ln 2 is split
// into a high part whose product with e is exact and a low part.

const (
	ln2Hi = 6.93147180369123816490e-01 // ln 2 with its low 32 bits zero
	ln2Lo = 1.90821492927058770002e-10 // ln 2 − ln2Hi

	minNormalBits = 0x0010000000000000 // the bits of the smallest positive normal float64
	normalSpan    = 0x7ff0000000000000 - minNormalBits
	offsetBits    = 0x3fe8000000000000 // the bits of 0.75, where z's range starts
	cellBits      = 8                  // 2⁸ cells of equal width in the bits of z
	cellShift     = 52 - cellBits
	cellMask      = 1<<cellBits - 1
)

type logEntry struct {
	c, invC float64 // the cell's centre and 1/c rounded
	logC    float64 // ln c
}

var logTable = makeLogTable()

func makeLogTable() (t [1 << cellBits]logEntry) {
	for k := range t {
		lo := math.Float64frombits(offsetBits + uint64(k)<<cellShift)
		hi := math.Float64frombits(offsetBits + uint64(k+1)<<cellShift)
		c := (lo + hi) / 2 // exact: lo and hi are close dyadic numbers
		if lo == 1 || hi == 1 {
			c = 1
		}
		t[k] = logEntry{c: c, invC: 1 / c, logC: math.Log(c)}
	}
	return t
}

// isNormalPositive reports whether the float64 with these bits is a positive
// normal number: not zero, subnormal, negative, infinite or NaN.
func isNormalPositive(bits uint64) bool {
	return bits-minNormalBits < normalSpan
}

// logs replaces every x[i] by ln x[i]. Each x[i] must be a positive normal
// number (isNormalPositive); the measures see to that, and send the rare
// others to math.Log. On amd64 with AVX2 and FMA it runs in assembly
// (fastlog_amd64.s: four entries at a time, the same operations, the same
// bits); elsewhere, or built with -tags purego, it is logsGo.
func logs(x []float64) {
	if useAVX2 {
		logsAVX2(x)
		return
	}
	logsGo(x)
}

// sumWLogs returns Σ w[i]·ln r[i] over the len(r) entries of r: four
// partial sums s_j of the terms i ≡ j (mod 4) of the first len(r) − len(r)%4,
// the last one to three terms added to s₀ in turn, then (s₀ + s₁) + (s₂ + s₃).
// Both paths add in this order, and give the same bits. len(w) must be at
// least len(r); every r[i] a positive normal number. It may overwrite r (the
// Go path leaves the logarithms there; the assembly leaves r as it was).
func sumWLogs(w, r []float64) float64 {
	w = w[:len(r)]
	if useAVX2 {
		return sumWLogsAVX2(w, r)
	}
	return sumWLogsGo(w, r)
}

// logsGo is logs in Go, for every processor. Working on a block at a time
// keeps the loop free of calls, so that the processor overlaps the work of
// neighbouring entries.
func logsGo(x []float64) {
	for i, v := range x {
		bits := math.Float64bits(v)
		tmp := bits - offsetBits
		e := int64(tmp) >> 52 // arithmetic shift: the exponent that brings x into [0.75, 1.5)
		t := &logTable[(tmp>>cellShift)&cellMask]
		z := math.Float64frombits(bits - uint64(e)<<52)
		r := (z - t.c) * t.invC
		r2 := r * r
		// ln(1+r) − r = −r²/2 + r³/3 − … + r⁷/7, grouped for instruction-level parallelism.
		p := r2 * ((-1.0/2 + r*(1.0/3)) + r2*((-1.0/4+r*(1.0/5))+r2*(-1.0/6+r*(1.0/7))))
		ef := float64(e)
		x[i] = (ef*ln2Hi + t.logC) + (r + (p + ef*ln2Lo))
	}
}

// sumWLogsGo is sumWLogs in Go: logsGo, then a dot product with four
// accumulators, so that the additions do not wait on one another.
func sumWLogsGo(w, r []float64) float64 {
	logsGo(r)
	return dot4(w, r)
}

// dot4 is Σ w[i]·r[i] with four accumulators (the last one to three terms
// added into the first), the order that sumWLogsAVX2 follows too.
func dot4(w, r []float64) float64 {
	w = w[:len(r)]
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(r); i += 4 {
		s0 += w[i] * r[i]
		s1 += w[i+1] * r[i+1]
		s2 += w[i+2] * r[i+2]
		s3 += w[i+3] * r[i+3]
	}
	for ; i < len(r); i++ {
		s0 += w[i] * r[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// fastLog is ln x for any x, by logs where it can and math.Log elsewhere.
func fastLog(x float64) float64 {
	if !isNormalPositive(math.Float64bits(x)) {
		return math.Log(x)
	}
	v := [1]float64{x}
	logsGo(v[:]) // one at a time, faster than the assembly, and the same bits
	return v[0]
}
