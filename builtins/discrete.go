package builtins

import "math"

// Entropy returns the Shannon entropy of the distribution p,
//
//	H(P) = −Σᵢ pᵢ·log pᵢ,
//
// with 0·log 0 = 0. 0 ≤ H(P) ≤ log n, with H = 0 for a certain outcome and
// H = log n for the uniform distribution. Options: a unit (Nats by default,
// Bits, Hartleys), Counts, Smooth, Tolerance.
//
//	Entropy([]float64{0.5, 0.5}, Bits) = 1
func Entropy(p []float64, opts ...Option) float64 { return must(TryEntropy(p, opts...)) }

// TryEntropy is Entropy returning an *InputError instead of panicking.
func TryEntropy(p []float64, opts ...Option) (float64, error) {
	s, c, err := singleSums("Entropy", p, opts, useAll, entropyBlock)
	if err != nil {
		return 0, err
	}
	return c.unit.fromNats(nonNegative(-s.terms)), nil
}

// CrossEntropy returns the cross-entropy of q relative to p,
//
//	H(P, Q) = −Σᵢ pᵢ·log qᵢ  = H(P) + KL(P‖Q),
//
// the mean code length when outcomes drawn from P are coded for Q. Terms with
// pᵢ = 0 are 0 whatever qᵢ is; pᵢ > 0 where qᵢ = 0 makes H(P, Q) = +Inf
// (InfiniteTerms lists those outcomes). Options as for KL.
func CrossEntropy(p, q []float64, opts ...Option) float64 {
	return must(TryCrossEntropy(p, q, opts...))
}

// TryCrossEntropy is CrossEntropy returning an *InputError instead of panicking.
func TryCrossEntropy(p, q []float64, opts ...Option) (float64, error) {
	s, c, err := pairSums("CrossEntropy", p, q, opts, useAll, crossEntropyBlock)
	if err != nil {
		return 0, err
	}
	if s.inf {
		return math.Inf(1), nil
	}
	return c.unit.fromNats(nonNegative(-s.terms)), nil
}

func crossEntropyBlock(p, q []float64, tp, tq transform, ts *terms) (s sums) {
	var sp, sq float64 // local: a field of s would chain every iteration through memory
	n := 0
	q = q[:len(p)]
	for i, x := range p {
		y := q[i]
		sp += x
		sq += y
		if !valid(x, tp) || !valid(y, tq) {
			s.bad = true
			continue
		}
		x, y = tp.apply(x), tq.apply(y)
		switch {
		case x == 0:
		case y == 0:
			s.inf = true
		default:
			if isNormalPositive(math.Float64bits(y)) {
				ts.w[n&termsMask], ts.r[n&termsMask] = x, y
				n++
			} else {
				ts.slowLog(x, y)
			}
		}
	}
	s.terms = ts.sum(n)
	s.p, s.q = sp, sq
	return s
}

// KL returns the Kullback–Leibler divergence of q from p (relative entropy),
//
//	KL(P‖Q) = Σᵢ pᵢ·log(pᵢ/qᵢ)  = H(P, Q) − H(P),
//
// with 0·log(0/q) = 0 and pᵢ > 0 where qᵢ = 0 giving +Inf (InfiniteTerms
// lists those outcomes; Smooth avoids them). KL ≥ 0 (Gibbs' inequality), with
// equality iff P = Q; it is not symmetric, and it is unbounded.
//
// Options: a unit (Nats by default, Bits, Hartleys); Counts to normalise each
// argument by its own sum; Smooth(α) to add α to every entry first;
// Tolerance(t) for the check |Σp − 1| ≤ t.
//
//	KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}) = 0.030478754035472025 nats
func KL(p, q []float64, opts ...Option) float64 { return must(TryKL(p, q, opts...)) }

// TryKL is KL returning an *InputError instead of panicking.
func TryKL(p, q []float64, opts ...Option) (float64, error) {
	s, c, err := pairSums("KL", p, q, opts, useAll, klBlock)
	if err != nil {
		return 0, err
	}
	if s.inf {
		return math.Inf(1), nil
	}
	return c.unit.fromNats(nonNegative(s.terms)), nil
}

// InfiniteTerms returns the outcomes i where pᵢ > 0 and qᵢ = 0: the terms
// that make KL(P‖Q) and H(P, Q) infinite. It is empty (nil) when they are
// finite. It checks only lengths and entries, not sums.
func InfiniteTerms(p, q []float64) []int {
	r, err := TryInfiniteTerms(p, q)
	if err != nil {
		panic(err)
	}
	return r
}

// TryInfiniteTerms is InfiniteTerms returning an *InputError instead of panicking.
func TryInfiniteTerms(p, q []float64) ([]int, error) {
	const fn = "InfiniteTerms"
	if err := checkLengths(fn, []string{"p", "q"}, p, q); err != nil {
		return nil, err
	}
	if err := findBad(fn, "p", p, math.Inf(1)); err != nil {
		return nil, err
	}
	if err := findBad(fn, "q", q, math.Inf(1)); err != nil {
		return nil, err
	}
	var r []int
	for i, x := range p {
		if x > 0 && q[i] == 0 {
			r = append(r, i)
		}
	}
	return r, nil
}

// JS returns the Jensen–Shannon divergence of p and q,
//
//	JS(P, Q) = ½·KL(P‖M) + ½·KL(Q‖M),   M = (P + Q)/2,
//
// a smoothed, symmetric KL that is always finite: 0 ≤ JS ≤ ln 2 nats = 1 bit,
// with 0 iff P = Q and ln 2 iff P and Q have disjoint supports. √JS is a
// metric (JSDistance). It is not the mean of KL(P‖Q) and KL(Q‖P): that is
// half the Jeffreys divergence. Options as for KL.
//
//	JS([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}) = 0.00781740017085… nats
func JS(p, q []float64, opts ...Option) float64 { return must(TryJS(p, q, opts...)) }

// TryJS is JS returning an *InputError instead of panicking.
func TryJS(p, q []float64, opts ...Option) (float64, error) {
	return tryJS("JS", p, q, opts)
}

func tryJS(fn string, p, q []float64, opts []Option) (float64, error) {
	s, c, err := pairSums(fn, p, q, opts, useAll, jsBlock)
	if err != nil {
		return 0, err
	}
	// 0 ≤ JS ≤ ln 2 holds exactly; rounding can step a unit over either end.
	return c.unit.fromNats(math.Min(nonNegative(s.terms/2), math.Ln2)), nil
}

// JSDistance returns the Jensen–Shannon distance √JS(P, Q), a metric on
// distributions (symmetric, zero iff P = Q, and it satisfies the triangle
// inequality), in [0, √ln 2] for nats and [0, 1] for bits. With Bits it is
// √(JS in bits), as scipy.spatial.distance.jensenshannon(p, q, base=2).
// Options as for KL.
func JSDistance(p, q []float64, opts ...Option) float64 { return must(TryJSDistance(p, q, opts...)) }

// TryJSDistance is JSDistance returning an *InputError instead of panicking.
func TryJSDistance(p, q []float64, opts ...Option) (float64, error) {
	js, err := tryJS("JSDistance", p, q, opts)
	return math.Sqrt(js), err
}

// Jeffreys returns the Jeffreys divergence, the symmetrised KL,
//
//	J(P, Q) = KL(P‖Q) + KL(Q‖P) = Σᵢ (pᵢ − qᵢ)·log(pᵢ/qᵢ),
//
// +Inf when one distribution has an outcome the other lacks. It is
// symmetric but unbounded, and it is not the Jensen–Shannon divergence,
// though some texts call it or its half "JSD": the seed-002 blog defines
// "JSD" first as the mean (KL(P‖Q) + KL(Q‖P))/2 = J/2, then as the sum J.
// For P = (0.2, 0.5, 0.3), Q = (0.3, 0.4, 0.3): J = 0.0628609 nats,
// J/2 = 0.0314304, and the true JS = 0.0078174. Options as for KL.
func Jeffreys(p, q []float64, opts ...Option) float64 { return must(TryJeffreys(p, q, opts...)) }

// TryJeffreys is Jeffreys returning an *InputError instead of panicking.
func TryJeffreys(p, q []float64, opts ...Option) (float64, error) {
	s, c, err := pairSums("Jeffreys", p, q, opts, useAll, jeffreysBlock)
	if err != nil {
		return 0, err
	}
	if s.inf {
		return math.Inf(1), nil
	}
	return c.unit.fromNats(nonNegative(s.terms)), nil
}

// jeffreysBlock adds (p − q)·ln(p/q), one logarithm per outcome; PSI uses it too.
func jeffreysBlock(p, q []float64, tp, tq transform, ts *terms) (s sums) {
	var sp, sq float64 // local: a field of s would chain every iteration through memory
	n := 0
	q = q[:len(p)]
	for i, x := range p {
		y := q[i]
		sp += x
		sq += y
		if !valid(x, tp) || !valid(y, tq) {
			s.bad = true
			continue
		}
		x, y = tp.apply(x), tq.apply(y)
		switch {
		case x == y:
		case x == 0 || y == 0:
			s.inf = true
		default:
			if r := x / y; isNormalPositive(math.Float64bits(r)) {
				ts.w[n&termsMask], ts.r[n&termsMask] = x-y, r
				n++
			} else {
				ts.slowRatio(x-y, x, y)
			}
		}
	}
	s.terms = ts.sum(n)
	s.p, s.q = sp, sq
	return s
}

// Perplexity returns exp(H(P)) = 2^(H in bits), the effective number of
// equally likely outcomes: 1 for a certain outcome, n for the uniform
// distribution on n. It has no unit. The perplexity of a model q on
// observations x is math.Exp(NLL(q, x)). Options: Counts, Smooth, Tolerance.
func Perplexity(p []float64, opts ...Option) float64 { return must(TryPerplexity(p, opts...)) }

// TryPerplexity is Perplexity returning an *InputError instead of panicking.
func TryPerplexity(p []float64, opts ...Option) (float64, error) {
	s, _, err := singleSums("Perplexity", p, opts, useAll&^useUnit, entropyBlock)
	if err != nil {
		return 0, err
	}
	return math.Exp(-s.terms), nil
}

// InformationContent returns the information content (self-information,
// surprisal) of an outcome of probability p: I(p) = −log p. I(1) = 0,
// I(0) = +Inf; I(½) = 1 bit. Options: a unit.
func InformationContent(p float64, opts ...Option) float64 {
	return must(TryInformationContent(p, opts...))
}

// TryInformationContent is InformationContent returning an *InputError instead of panicking.
func TryInformationContent(p float64, opts ...Option) (float64, error) {
	const fn = "InformationContent"
	c, err := readOptions(fn, useUnit, opts)
	if err != nil {
		return 0, err
	}
	if why := entryProblem(p, 1); why != "" {
		return 0, scalarError(fn, "p", p, why)
	}
	return c.unit.fromNats(0 - math.Log(p)), nil // 0 − ln 1 = +0, where −ln 1 = −0
}

// BinaryEntropy returns the entropy of a coin that shows heads with
// probability p,
//
//	h(p) = −p·log p − (1−p)·log(1−p),
//
// with h(0) = h(1) = 0 and its maximum h(½) = ln 2 nats = 1 bit. ln(1−p) is
// computed as log1p(−p), accurate for small p. Options: a unit.
func BinaryEntropy(p float64, opts ...Option) float64 { return must(TryBinaryEntropy(p, opts...)) }

// TryBinaryEntropy is BinaryEntropy returning an *InputError instead of panicking.
func TryBinaryEntropy(p float64, opts ...Option) (float64, error) {
	const fn = "BinaryEntropy"
	c, err := readOptions(fn, useUnit, opts)
	if err != nil {
		return 0, err
	}
	if why := entryProblem(p, 1); why != "" {
		return 0, scalarError(fn, "p", p, why)
	}
	h := 0.0
	if p > 0 {
		h -= p * math.Log(p)
	}
	if p < 1 {
		h -= (1 - p) * math.Log1p(-p)
	}
	return c.unit.fromNats(h), nil
}

// NLL returns the negative log-likelihood of observed outcomes under the
// distribution q, averaged over the observations:
//
//	NLL(q; x₁ … x_N) = −(1/N)·Σₖ log q[xₖ],
//
// the loss that maximum-likelihood training minimises. It equals the
// cross-entropy H(P̂, Q) of the empirical distribution P̂ of the observations
// (Empirical) relative to q, so the q that minimises it is P̂ itself.
// Observations are outcome indices 0 … len(q)−1; an observed outcome with
// q = 0 makes it +Inf. Options: a unit, Counts, Smooth, Tolerance (for q).
func NLL(q []float64, observed []int, opts ...Option) float64 {
	return must(TryNLL(q, observed, opts...))
}

// TryNLL is NLL returning an *InputError instead of panicking.
func TryNLL(q []float64, observed []int, opts ...Option) (float64, error) {
	const fn = "NLL"
	c, err := readOptions(fn, useAll, opts)
	if err != nil {
		return 0, err
	}
	if err := checkLengths(fn, []string{"q"}, q); err != nil {
		return 0, err
	}
	if len(observed) == 0 {
		return 0, argError(fn, "observed", "is empty")
	}
	t, err := prepare(fn, "q", q, c)
	if err != nil {
		return 0, err
	}
	// Only the check of q: the entries and, for probabilities, the sum
	// (prepare has checked counts and smoothed arguments already).
	if err := finish(fn, "q", q, c, true, plainSum(q)); err != nil {
		return 0, err
	}
	var total compensated
	for k, x := range observed {
		if x < 0 || x >= len(q) {
			return 0, &InputError{Func: fn, Arg: "observed", Index: k, Value: float64(x),
				Reason: "is not an outcome of q (0 … " + formatValue(float64(len(q)-1)) + ")"}
		}
		y := t.apply(q[x])
		if y == 0 {
			return math.Inf(1), nil
		}
		total.add(-fastLog(y))
	}
	return c.unit.fromNats(total.value() / float64(len(observed))), nil
}

// scalarError reports a bad single-number argument: "BinaryEntropy: p = 1.5 is greater than 1".
func scalarError(fn, arg string, v float64, why string) *InputError {
	return &InputError{Func: fn, Arg: arg, Index: -1, Value: v, Reason: "= " + formatValue(v) + " " + why}
}

// plainSum is the compensated sum of x.
func plainSum(x []float64) float64 {
	var s compensated
	for _, v := range x {
		s.add(v)
	}
	return s.value()
}
