package builtins

import "math"

// This file holds the first passes of Entropy, KL and JS: for one block of
// outcomes (reduce.go) each validates the entries, adds them up (for the
// sum-to-one check), and adds up the measure's terms w·ln u. Their order of
// operations is the definition of the results' bits, and the assembly of
// fastlog_amd64.s follows it: outcome i goes to lane i mod 4; each lane
// adds its entries in turn, and its terms in turn by fused multiply-adds
// (math.FMA); a block's sum is (s₀ + s₁) + (s₂ + s₃). A term whose entry is 0
// is 0·ln 1 = +0, which changes no sum, and the assembly adds it as such.
//
// The assembly does a block alone when every entry is within [0, limit] and
// every logarithm's argument is a positive normal number; otherwise it
// leaves the block to the Go code here, which also handles bad entries,
// infinite terms, and ratios that under- or overflow (summed apart, with
// math.Log, in slow). So both paths give the same bits on every input.

// The measures' blocks, with their transforms: for counts and smoothing the
// entries are mapped to probabilities first (into ts's scratch space), and
// then checked only against MaxFloat64 (prepare has checked the raw
// entries, and the sums of mapped entries are not looked at).

func entropyBlock(p []float64, t transform, ts *terms) sums {
	if !t.plain {
		p = t.applyAll(ts.x[:len(p)], p)
	}
	if useAVX2 {
		entropy := entropyAVX2
		if useAVX512 {
			entropy = entropyAVX512
		}
		if terms, sp, ok := entropy(p, t.limit); ok {
			return sums{terms: terms, p: sp}
		}
	}
	return entropyGo(p, t.limit, ts)
}

func klBlock(p, q []float64, tp, tq transform, ts *terms) sums {
	p, q, limit := ts.applyPair(p, q, tp, tq)
	if useAVX2 {
		if terms, sp, sq, ok := klAVX2(p, q, limit); ok {
			return sums{terms: terms, p: sp, q: sq}
		}
	}
	return klGo(p, q, limit, ts)
}

func jsBlock(p, q []float64, tp, tq transform, ts *terms) sums {
	p, q, limit := ts.applyPair(p, q, tp, tq)
	if useAVX2 {
		if terms, sp, sq, ok := jsAVX2(p, q, limit); ok {
			return sums{terms: terms, p: sp, q: sq}
		}
	}
	return jsGo(p, q, limit, ts)
}

// applyAll sets dst[i] = t.apply(x[i]) and returns dst.
func (t transform) applyAll(dst, x []float64) []float64 {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] = (v + t.alpha) / t.total
	}
	return dst
}

// applyPair maps p and q to probabilities where their transforms ask for
// it, and returns them with the largest valid entry: the same limit for
// both, as prepare makes it for both (1 + tolerance, or MaxFloat64).
func (ts *terms) applyPair(p, q []float64, tp, tq transform) (_, _ []float64, limit float64) {
	q = q[:len(p)]
	if !tp.plain {
		p = tp.applyAll(ts.x[:len(p)], p)
	}
	if !tq.plain {
		q = tq.applyAll(ts.y[:len(q)], q)
	}
	return p, q, tp.limit
}

// entryOK is the pass's check of an entry: within [0, limit], not NaN.
func entryOK(x, limit float64) bool { return x >= 0 && x <= limit }

// lanes adds x to lane i mod 4 of s.
type lanes [4]float64

func (s *lanes) sum() float64 { return (s[0] + s[1]) + (s[2] + s[3]) }

// entropyGo is the block of Entropy: terms Σ x·ln x.
func entropyGo(p []float64, limit float64, ts *terms) (s sums) {
	var sp lanes
	slow, anySlow := 0.0, false
	for i, x := range p {
		sp[i&3] += x
		w, u := 0.0, 1.0
		switch {
		case !entryOK(x, limit):
			s.bad = true
		case x == 0:
		case isNormalPositive(math.Float64bits(x)):
			w, u = x, x
		default: // subnormal
			slow += float64(x * math.Log(x))
			anySlow = true
		}
		ts.w[i], ts.r[i] = w, u
	}
	s.terms = sumWLogs(ts.w[:len(p)], ts.r[:len(p)])
	if anySlow {
		s.terms += slow
	}
	s.p = sp.sum()
	return s
}

// klGo is the block of KL: terms Σ x·ln(x/y).
func klGo(p, q []float64, limit float64, ts *terms) (s sums) {
	var sp, sq lanes
	slow, anySlow := 0.0, false
	q = q[:len(p)]
	for i, x := range p {
		y := q[i]
		sp[i&3] += x
		sq[i&3] += y
		w, u := 0.0, 1.0
		switch {
		case !entryOK(x, limit) || !entryOK(y, limit):
			s.bad = true
		case x == 0:
		case y == 0:
			s.inf = true
		default:
			if r := x / y; isNormalPositive(math.Float64bits(r)) {
				w, u = x, r
			} else {
				slow += float64(x * (math.Log(x) - math.Log(y)))
				anySlow = true
			}
		}
		ts.w[i], ts.r[i] = w, u
	}
	s.terms = sumWLogs(ts.w[:len(p)], ts.r[:len(p)])
	if anySlow {
		s.terms += slow
	}
	s.p, s.q = sp.sum(), sq.sum()
	return s
}

// jsGo is the block of JS: terms Σ x·ln(x/m) + y·ln(y/m), m = (x + y)/2,
// each outcome's x term then its y term in its lane.
func jsGo(p, q []float64, limit float64, ts *terms) (s sums) {
	var sp, sq lanes
	slow, anySlow := 0.0, false
	q = q[:len(p)]
	for i, x := range p {
		y := q[i]
		sp[i&3] += x
		sq[i&3] += y
		wx, ux, wy, uy := 0.0, 1.0, 0.0, 1.0
		if !entryOK(x, limit) || !entryOK(y, limit) {
			s.bad = true
		} else {
			m := (x + y) / 2
			if x != 0 {
				if r := x / m; isNormalPositive(math.Float64bits(r)) {
					wx, ux = x, r
				} else {
					slow += float64(x * (math.Log(x) - math.Log(m)))
					anySlow = true
				}
			}
			if y != 0 {
				if r := y / m; isNormalPositive(math.Float64bits(r)) {
					wy, uy = y, r
				} else {
					slow += float64(y * (math.Log(y) - math.Log(m)))
					anySlow = true
				}
			}
		}
		ts.w[2*i], ts.r[2*i], ts.w[2*i+1], ts.r[2*i+1] = wx, ux, wy, uy
	}
	n := 2 * len(p)
	logs(ts.r[:n])
	var acc lanes
	for i := range p {
		acc[i&3] = math.FMA(ts.w[2*i], ts.r[2*i], acc[i&3])
		acc[i&3] = math.FMA(ts.w[2*i+1], ts.r[2*i+1], acc[i&3])
	}
	s.terms = acc.sum()
	if anySlow {
		s.terms += slow
	}
	s.p, s.q = sp.sum(), sq.sum()
	return s
}
