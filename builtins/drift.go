package builtins

import "math"

// Hellinger returns the Hellinger distance between p and q,
//
//	H(P, Q) = √(1 − BC),   BC = Σᵢ √(pᵢ·qᵢ)  (the Bhattacharyya coefficient),
//
// which lies in [0, 1]: 0 iff P = Q, 1 iff their supports are disjoint. This
// is gonum's stat.Hellinger; texts that write ½·Σ(√pᵢ − √qᵢ)² under the root,
// or (1/√2)·‖√P − √Q‖₂, get the same number, while those that drop the ½
// (‖√P − √Q‖₂) get √2 times it. 1 − BC is clamped at 0 against rounding. It
// is a metric with no unit. Options: Counts, Smooth, Tolerance.
func Hellinger(p, q []float64, opts ...Option) float64 { return must(TryHellinger(p, q, opts...)) }

// TryHellinger is Hellinger returning an *InputError instead of panicking.
func TryHellinger(p, q []float64, opts ...Option) (float64, error) {
	s, _, err := pairSums("Hellinger", p, q, opts, useAll&^useUnit, bhattacharyyaBlock)
	if err != nil {
		return 0, err
	}
	return math.Sqrt(math.Max(0, 1-s.terms)), nil
}

func bhattacharyyaBlock(p, q []float64, tp, tq transform, _ *terms) (s sums) {
	var sp, sq float64 // local: a field of s would chain every iteration through memory
	q = q[:len(p)]
	for i, x := range p {
		y := q[i]
		sp += x
		sq += y
		if !valid(x, tp) || !valid(y, tq) {
			s.bad = true
			continue
		}
		s.terms += math.Sqrt(tp.apply(x) * tq.apply(y))
	}
	s.p, s.q = sp, sq
	return s
}

// TotalVariation returns the total variation distance between p and q,
//
//	TV(P, Q) = ½·Σᵢ |pᵢ − qᵢ| = max over events A of |P(A) − Q(A)|,
//
// in [0, 1], with no unit. Pinsker's inequality bounds it by KL:
// TV ≤ √(KL(P‖Q)/2) with KL in nats. Options: Counts, Smooth, Tolerance.
func TotalVariation(p, q []float64, opts ...Option) float64 {
	return must(TryTotalVariation(p, q, opts...))
}

// TryTotalVariation is TotalVariation returning an *InputError instead of panicking.
func TryTotalVariation(p, q []float64, opts ...Option) (float64, error) {
	s, _, err := pairSums("TotalVariation", p, q, opts, useAll&^useUnit, tvBlock)
	if err != nil {
		return 0, err
	}
	return s.terms / 2, nil
}

func tvBlock(p, q []float64, tp, tq transform, _ *terms) (s sums) {
	var sp, sq float64 // local: a field of s would chain every iteration through memory
	q = q[:len(p)]
	for i, x := range p {
		y := q[i]
		sp += x
		sq += y
		if !valid(x, tp) || !valid(y, tq) {
			s.bad = true
			continue
		}
		s.terms += math.Abs(tp.apply(x) - tq.apply(y))
	}
	s.p, s.q = sp, sq
	return s
}

// PSI returns the population stability index of the distribution q (actual,
// new data) against p (expected, the baseline), binned the same way,
//
//	PSI = Σᵢ (qᵢ − pᵢ)·ln(qᵢ/pᵢ),
//
// which is the Jeffreys divergence in nats and is symmetric. A bin empty on
// one side only makes it +Inf; pass Smooth(α) (for example Smooth(0.5) on
// counts) to keep it finite, or merge bins. Common reading: < 0.1 no shift,
// 0.1–0.25 a moderate shift, > 0.25 a large one. PSI is reported without a
// unit, as in practice; options: Counts, Smooth, Tolerance.
func PSI(p, q []float64, opts ...Option) float64 { return must(TryPSI(p, q, opts...)) }

// TryPSI is PSI returning an *InputError instead of panicking.
func TryPSI(p, q []float64, opts ...Option) (float64, error) {
	s, _, err := pairSums("PSI", p, q, opts, useAll&^useUnit, jeffreysBlock)
	if err != nil {
		return 0, err
	}
	if s.inf {
		return math.Inf(1), nil
	}
	return nonNegative(s.terms), nil
}
