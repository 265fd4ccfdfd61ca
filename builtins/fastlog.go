package builtins

import "math"

// The measures spend nearly all their time in logarithms, so they use their
// own natural logarithm for positive normal numbers, faster than math.Log and
// within 0.75 of a unit in the last place of ln x itself, correctly rounded
// for all but about 0.1% of inputs (the tests measure it against math/big).
//
// The method is the classic table-driven one (Tang's), with fused
// multiply-adds:
//
//	x = 2^e · z            z ∈ [0.75, 1.5)
//	k = z's cell           one of 256 cells of equal width in the bits of z
//	r = z·invC − 1         one rounding (FMA); invC ≈ 1/c for the cell's centre c,
//	                       |r| < 2⁻⁸, and r = z − 1 exactly in the two cells next to 1
//	ln x = e·ln 2 + L + ln(1 + r),   L = −ln invC
//
// with invC and L from a table (logtable.go, made with 200-bit arithmetic:
// each invC is picked within 2⁻²⁰ of 1/c so that L is within 1/128 of a
// unit of its float64, which makes the table as good as exact), and
// ln(1 + r) = r + r²·P(r) from its Taylor series to r⁷ (truncation error
// below 2⁻⁵⁹·|r|). ln 2 is split into a high part whose product with e is
// exact and a low part; the rounding error of e·ln2Hi + L is recovered
// exactly (Fast2Sum), so that only the last addition rounds the large part.
// Because z is centred on 1, x ∈ [0.75, 1.5) has e = 0 and nothing cancels
// against e·ln 2.
//
// Every multiply-add that is meant to be fused is written math.FMA, and
// every other product is rounded on its own (float64(a*b)): Go may fuse
// a*b + c on some processors (arm64 does, amd64 does not), which would
// change the last bits from one processor to another. So the logarithm,
// and the measures, give the same bits everywhere. (math.FMA is an
// instruction on amd64 with FMA and on arm64; elsewhere it is computed in
// software, correctly but slowly.)

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

// sumWLogs returns Σ w[i]·ln r[i] over the len(r) entries of r, added as
// lanes: lane j adds the terms i ≡ j (mod 4) in turn, each by a fused
// multiply-add, and the result is (s₀ + s₁) + (s₂ + s₃) (dotLanes). len(w)
// must be at least len(r); every r[i] a positive normal number. It leaves
// the logarithms in r.
func sumWLogs(w, r []float64) float64 {
	logs(r)
	return dotLanes(w, r)
}

// logsGo is logs in Go, for every processor. Working on a block at a time
// keeps the loop free of calls, so that the processor overlaps the work of
// neighbouring entries.
func logsGo(x []float64) {
	for i, v := range x {
		bits := math.Float64bits(v)
		tmp := bits - offsetBits
		e := int64(tmp) >> 52 // arithmetic shift: the exponent that brings x into [0.75, 1.5)
		k := (tmp >> cellShift) & cellMask
		z := math.Float64frombits(bits - uint64(e)<<52)
		r := math.FMA(z, logInvC[k], -1)
		r2 := float64(r * r)
		// P(r) = (ln(1+r) − r)/r² = −1/2 + r/3 − r²/4 + r³/5 − r⁴/6 + r⁵/7, by Estrin's scheme.
		q1 := math.FMA(r, 1.0/3, -1.0/2)
		q2 := math.FMA(r, 1.0/5, -1.0/4)
		q3 := math.FMA(r, 1.0/7, -1.0/6)
		p := math.FMA(r2, math.FMA(r2, q3, q2), q1)
		ef := float64(e)
		l := logNegLnInvC[k]
		a := float64(ef * ln2Hi) // exact: ln2Hi has 21 significant bits, |e| ≤ 1075
		hi := a + l
		lo := (a - hi) + l // exact, as |a| ≥ ln2Hi > |l| or a = 0 (Fast2Sum)
		x[i] = hi + (r + math.FMA(r2, p, math.FMA(ef, ln2Lo, lo)))
	}
}

// dotLanes is Σ w[i]·r[i] for i < len(r): lane j adds the products i ≡ j
// (mod 4) in turn by fused multiply-adds, then (s₀ + s₁) + (s₂ + s₃). The
// assembly's lanes add in this order too.
func dotLanes(w, r []float64) float64 {
	w = w[:len(r)]
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(r); i += 4 {
		s0 = math.FMA(w[i], r[i], s0)
		s1 = math.FMA(w[i+1], r[i+1], s1)
		s2 = math.FMA(w[i+2], r[i+2], s2)
		s3 = math.FMA(w[i+3], r[i+3], s3)
	}
	switch len(r) - i {
	case 3:
		s2 = math.FMA(w[i+2], r[i+2], s2)
		fallthrough
	case 2:
		s1 = math.FMA(w[i+1], r[i+1], s1)
		fallthrough
	case 1:
		s0 = math.FMA(w[i], r[i], s0)
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
