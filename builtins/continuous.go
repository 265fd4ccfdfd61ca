package builtins

import (
	"math"
)

// Continuous distributions: normal densities and their closed forms, and the
// measures of arbitrary densities by quadrature (KLDensity, EntropyDensity,
// CrossEntropyDensity). Densities are plain func(float64) float64.

const (
	sqrt2Pi    = 2.50662827463100050241576528481104525 // √(2π)
	halfLn2Pi  = 0.91893853320467274178032973640561764 // ½ ln(2π)
	halfLn2PiE = 1.41893853320467274178032973640561764 // ½ ln(2πe)
)

// checkParam rejects a NaN or infinite parameter.
func checkParam(fn, arg string, v float64) error {
	if math.IsNaN(v) {
		return argError(fn, arg, "= NaN is not a number")
	}
	if math.IsInf(v, 0) {
		return argError(fn, arg, "= %s is not finite", formatValue(v))
	}
	return nil
}

// checkSigma rejects a standard deviation that is not positive and finite.
func checkSigma(fn, arg string, v float64) error {
	if err := checkParam(fn, arg, v); err != nil {
		return err
	}
	if !(v > 0) {
		return argError(fn, arg, "= %s is not positive", formatValue(v))
	}
	return nil
}

// checkNormals checks the parameters (mu1, sigma1, mu2, sigma2) of two normals.
func checkNormals(fn string, mu1, sigma1, mu2, sigma2 float64) error {
	if err := checkParam(fn, "mu1", mu1); err != nil {
		return err
	}
	if err := checkSigma(fn, "sigma1", sigma1); err != nil {
		return err
	}
	if err := checkParam(fn, "mu2", mu2); err != nil {
		return err
	}
	return checkSigma(fn, "sigma2", sigma2)
}

// NormalKL returns the Kullback–Leibler divergence of N(mu2, sigma2²) from
// N(mu1, sigma1²), in closed form:
//
//	KL(N(μ1, σ1²) ‖ N(μ2, σ2²)) = ln(σ2/σ1) + (σ1² + (μ1 − μ2)²)/(2σ2²) − ½
//
// sigma1 and sigma2 are standard deviations, not variances. The result is
// ≥ 0, 0 exactly when the two normals are the same, and not symmetric:
// NormalKL(0, 1, 1, 2) = ln 2 − ¼ but NormalKL(1, 2, 0, 1) = 2 − ln 2. It
// is computed without cancellation when σ1 ≈ σ2, and is in nats unless a
// unit option (Bits, Hartleys) is given.
//
// A NaN or infinite parameter, or a sigma that is not positive, panics with
// an *InputError ("NormalKL: sigma1 = -1 is not positive"); TryNormalKL
// returns it instead.
func NormalKL(mu1, sigma1, mu2, sigma2 float64, opts ...Option) float64 {
	return must(TryNormalKL(mu1, sigma1, mu2, sigma2, opts...))
}

// TryNormalKL is NormalKL returning an error instead of panicking.
func TryNormalKL(mu1, sigma1, mu2, sigma2 float64, opts ...Option) (float64, error) {
	const fn = "NormalKL"
	cfg, err := readOptions(fn, useUnit, opts)
	if err != nil {
		return 0, err
	}
	if err := checkNormals(fn, mu1, sigma1, mu2, sigma2); err != nil {
		return 0, err
	}
	return cfg.unit.fromNats(normalKL(mu1, sigma1, mu2, sigma2)), nil
}

// normalKL is KL(N(μ1,σ1²) ‖ N(μ2,σ2²)) in nats, written as
// ½(r² − 1) − ln r + ½((μ1−μ2)/σ2)² with r = σ1/σ2 = 1 + e, so that
// ½(r² − 1) − ln r = e + e²/2 − ln(1 + e) loses nothing to cancellation.
func normalKL(mu1, sigma1, mu2, sigma2 float64) float64 {
	d := (mu1 - mu2) / sigma2
	mean := 0.5 * d * d
	e := (sigma1 - sigma2) / sigma2 // r − 1
	switch {
	case math.Abs(e) < 0.01:
		// e + e²/2 − ln(1+e) = e² + Σ_{k≥3} (−e)^k/k: no cancellation at all.
		s, pk := e*e, -e*e*e
		for k := 3; k <= 12; k++ {
			s += pk / float64(k)
			pk *= -e
		}
		return s + mean
	case e < -0.5:
		// σ1 ≪ σ2: e has lost σ1's digits; the logarithm dominates.
		r := sigma1 / sigma2
		return math.Log(sigma2) - math.Log(sigma1) + 0.5*r*r - 0.5 + mean
	}
	return e + 0.5*e*e - math.Log1p(e) + mean
}

// NormalEntropy returns the differential entropy of N(mu, sigma²), which
// does not depend on the mean:
//
//	h(N(μ, σ²)) = ½ ln(2πeσ²) = ½ ln(2πe) + ln σ
//
// sigma is the standard deviation. Unlike the entropy of a discrete
// distribution, a differential entropy can be negative: it is below 0 when
// σ < 1/√(2πe) ≈ 0.242. The result is in nats unless a unit option (Bits,
// Hartleys) is given. A sigma that is NaN, infinite or not positive panics
// with an *InputError; TryNormalEntropy returns it instead.
func NormalEntropy(sigma float64, opts ...Option) float64 {
	return must(TryNormalEntropy(sigma, opts...))
}

// TryNormalEntropy is NormalEntropy returning an error instead of panicking.
func TryNormalEntropy(sigma float64, opts ...Option) (float64, error) {
	const fn = "NormalEntropy"
	cfg, err := readOptions(fn, useUnit, opts)
	if err != nil {
		return 0, err
	}
	if err := checkSigma(fn, "sigma", sigma); err != nil {
		return 0, err
	}
	return cfg.unit.fromNats(halfLn2PiE + math.Log(sigma)), nil
}

// NormalCrossEntropy returns the cross-entropy of N(mu2, sigma2²) relative
// to N(mu1, sigma1²), in closed form:
//
//	H(N1, N2) = −∫ n1 ln n2 = ½ ln(2πσ2²) + (σ1² + (μ1 − μ2)²)/(2σ2²)
//	          = h(N1) + KL(N1 ‖ N2)
//
// sigmas are standard deviations. Like the differential entropy it can be
// negative. The result is in nats unless a unit option (Bits, Hartleys) is
// given. Bad parameters panic with an *InputError; TryNormalCrossEntropy
// returns it instead.
func NormalCrossEntropy(mu1, sigma1, mu2, sigma2 float64, opts ...Option) float64 {
	return must(TryNormalCrossEntropy(mu1, sigma1, mu2, sigma2, opts...))
}

// TryNormalCrossEntropy is NormalCrossEntropy returning an error instead of
// panicking.
func TryNormalCrossEntropy(mu1, sigma1, mu2, sigma2 float64, opts ...Option) (float64, error) {
	const fn = "NormalCrossEntropy"
	cfg, err := readOptions(fn, useUnit, opts)
	if err != nil {
		return 0, err
	}
	if err := checkNormals(fn, mu1, sigma1, mu2, sigma2); err != nil {
		return 0, err
	}
	r := sigma1 / sigma2
	d := (mu1 - mu2) / sigma2
	return cfg.unit.fromNats(halfLn2Pi + math.Log(sigma2) + 0.5*(r*r+d*d)), nil
}

// NormalPDF returns the density of the normal distribution N(mu, sigma²):
//
//	x ↦ exp(−(x − μ)²/(2σ²)) / (σ√(2π))
//
// sigma is the standard deviation. The density is a plain function, ready
// for KLDensity, Integrate, FitNormal and plots:
//
//	KLDensity(NormalPDF(0, 1), NormalPDF(1, 2), math.Inf(-1), math.Inf(1)) // ln 2 − ¼
//
// Far from μ (beyond about 38.6σ) the density underflows to 0. A NaN or
// infinite mu, or a sigma that is not positive and finite, panics with an
// *InputError; TryNormalPDF returns it instead.
func NormalPDF(mu, sigma float64) func(float64) float64 {
	f, err := TryNormalPDF(mu, sigma)
	if err != nil {
		panic(err)
	}
	return f
}

// TryNormalPDF is NormalPDF returning an error instead of panicking.
func TryNormalPDF(mu, sigma float64) (func(float64) float64, error) {
	const fn = "NormalPDF"
	if err := checkParam(fn, "mu", mu); err != nil {
		return nil, err
	}
	if err := checkSigma(fn, "sigma", sigma); err != nil {
		return nil, err
	}
	inv := 1 / sigma
	c := inv / sqrt2Pi
	return func(x float64) float64 {
		z := (x - mu) * inv
		return c * math.Exp(-0.5*z*z)
	}, nil
}

// normalLogPDF is ln of the N(mu, sigma²) density at x.
func normalLogPDF(x, mu, sigma float64) float64 {
	z := (x - mu) / sigma
	return -0.5*z*z - math.Log(sigma) - halfLn2Pi
}

// NormalMixture returns the density of a mixture of normal distributions:
//
//	x ↦ Σ_i w_i · exp(−(x − μ_i)²/(2σ_i²)) / (σ_i√(2π))
//
// weights are the mixing probabilities: each in [0, 1], summing to 1 within
// SumTolerance. mus are the means, sigmas the standard deviations (each
// positive). The three slices have one entry per component and are copied,
// so changing them later does not change the density. The two-humped
// target of mode-seeking versus mode-covering fits is
//
//	NormalMixture([]float64{0.5, 0.5}, []float64{-3, 3}, []float64{0.5, 0.5})
//
// Its mean is Σ w_i μ_i and its variance Σ w_i (σ_i² + μ_i²) − mean².
// Bad input (lengths that differ, an empty mixture, a weight outside
// [0, 1], weights not summing to 1, a NaN or infinite mean, a sigma that is
// not positive and finite) panics with an *InputError naming the slice and
// index ("NormalMixture: sigmas[1] = 0 is not positive"); TryNormalMixture
// returns it instead.
func NormalMixture(weights, mus, sigmas []float64) func(float64) float64 {
	f, err := TryNormalMixture(weights, mus, sigmas)
	if err != nil {
		panic(err)
	}
	return f
}

// TryNormalMixture is NormalMixture returning an error instead of panicking.
func TryNormalMixture(weights, mus, sigmas []float64) (func(float64) float64, error) {
	const fn = "NormalMixture"
	if len(weights) != len(mus) || len(weights) != len(sigmas) {
		return nil, callError(fn, "weights, mus and sigmas differ in length (%d, %d and %d)",
			len(weights), len(mus), len(sigmas))
	}
	if len(weights) == 0 {
		return nil, argError(fn, "weights", "is empty: a mixture needs at least one component")
	}
	sum := 0.0
	for i, w := range weights {
		switch {
		case math.IsNaN(w):
			return nil, entryError(fn, "weights", i, w, "is not a number")
		case w < 0:
			return nil, entryError(fn, "weights", i, w, "is negative")
		case w > 1:
			return nil, entryError(fn, "weights", i, w, "is greater than 1")
		}
		sum += w
	}
	for i, m := range mus {
		if math.IsNaN(m) {
			return nil, entryError(fn, "mus", i, m, "is not a number")
		}
		if math.IsInf(m, 0) {
			return nil, entryError(fn, "mus", i, m, "is not finite")
		}
	}
	for i, s := range sigmas {
		switch {
		case math.IsNaN(s):
			return nil, entryError(fn, "sigmas", i, s, "is not a number")
		case math.IsInf(s, 0):
			return nil, entryError(fn, "sigmas", i, s, "is not finite")
		case !(s > 0):
			return nil, entryError(fn, "sigmas", i, s, "is not positive")
		}
	}
	if math.Abs(sum-1) > SumTolerance {
		return nil, argError(fn, "weights", "sum to %s, not 1 (tolerance %s)",
			formatValue(sum), formatValue(SumTolerance))
	}
	m := &mixture{}
	for i, w := range weights {
		if w == 0 {
			continue
		}
		m.mu = append(m.mu, mus[i])
		m.inv = append(m.inv, 1/sigmas[i])
		m.c = append(m.c, w/(sigmas[i]*sqrt2Pi))
	}
	if len(m.mu) == 1 {
		mu, inv, c := m.mu[0], m.inv[0], m.c[0]
		return func(x float64) float64 {
			z := (x - mu) * inv
			return c * math.Exp(-0.5*z*z)
		}, nil
	}
	return m.pdf, nil
}

// mixture is a normal mixture's density: Σ c_i exp(−½((x−μ_i)/σ_i)²) with
// c_i = w_i/(σ_i√(2π)) and inv_i = 1/σ_i.
type mixture struct {
	mu, inv, c []float64
}

func (m *mixture) pdf(x float64) float64 {
	s := 0.0
	for i, mu := range m.mu {
		z := (x - mu) * m.inv[i]
		s += m.c[i] * math.Exp(-0.5*z*z)
	}
	return s
}

// underflowMass is the largest p-mass, over the points where q(x) = 0 <
// p(x), that KLDensity and CrossEntropyDensity attribute to q underflowing
// in p's far tail rather than to p reaching where q vanishes.
const underflowMass = 1e-15

type densityMeasure int

const (
	klMeasure densityMeasure = iota
	entropyMeasure
	crossMeasure
)

// KLDensity returns the Kullback–Leibler divergence of the density q from
// the density p over [a, b], by adaptive quadrature:
//
//	KL(p ‖ q) = ∫_a^b p(x) ln(p(x)/q(x)) dx
//
// p and q are probability densities (non-negative; see NormalPDF and
// NormalMixture); a and b may be infinite (math.Inf(-1), math.Inf(1)).
// Conventions:
//   - where p(x) = 0 the integrand is 0 (0·ln 0 = 0);
//   - where p(x) > 0 but q(x) = 0 the divergence is +Inf. Since float64
//     densities underflow to 0 (a normal beyond 38.6σ), points where q = 0
//     that carry a p-mass of at most 1e-15 in all are taken for q's
//     underflow in p's far tail and left out; more than that gives +Inf. A
//     q with much lighter tails than p (KL(N(0,1) ‖ N(0,0.2²)), finite in
//     exact arithmetic) can therefore come out +Inf: use NormalKL, or
//     limits where q stays positive.
//   - p must integrate to 1 over [a, b] within the tolerance (SumTolerance,
//     or a Tolerance option): [a, b] must hold all of p's mass. q may have
//     mass outside [a, b] (where p is 0) but no more than 1 inside.
//
// The quadrature is Integrate's (infinite limits are mapped around where
// p is largest); the mass check also catches what every quadrature can
// miss, a density too narrow for any node to land on. The result is in
// nats unless a unit option (Bits, Hartleys) is given; its error estimate
// is within max(QuadratureAbsTol, QuadratureRelTol·KL) (1e-11 absolute on
// well-behaved integrands); KLDensityEstimate returns it.
//
// Bad input panics with an *InputError: a nil p or q, a NaN limit or
// a ≥ b, a density returning NaN, a negative value or ±Inf
// ("KLDensity: q(3.5) = -0.2 is negative"), a panic inside p or q
// ("KLDensity: p(2) panicked: …"), a p that does not integrate to 1, or an
// integral that does not converge in QuadratureMaxIntervals subintervals.
// TryKLDensity returns the error instead.
func KLDensity(p, q func(float64) float64, a, b float64, opts ...Option) float64 {
	return must(TryKLDensity(p, q, a, b, opts...))
}

// TryKLDensity is KLDensity returning an error instead of panicking. When
// the integral does not converge it returns the best estimate with the error.
func TryKLDensity(p, q func(float64) float64, a, b float64, opts ...Option) (float64, error) {
	e, err := densityEstimate("KLDensity", klMeasure, p, q, a, b, opts)
	return e.Value, err
}

// KLDensityEstimate is KLDensity returning the Estimate: the divergence, an
// estimate of its absolute error (QUADPACK's, in the same unit; not a
// rigorous bound, see Estimate) and the number of points evaluated.
//
//	KLDensityEstimate(NormalPDF(0, 1), NormalPDF(1, 2), math.Inf(-1), math.Inf(1))
//	// 0.4431471805599452 ± 5.3e-12 nats (483 evaluations); ln 2 − ¼ = 0.44314718055994530…
func KLDensityEstimate(p, q func(float64) float64, a, b float64, opts ...Option) Estimate {
	return mustEstimate(TryKLDensityEstimate(p, q, a, b, opts...))
}

// TryKLDensityEstimate is KLDensityEstimate returning an error instead of
// panicking. When the integral does not converge it returns the best
// estimate with the error.
func TryKLDensityEstimate(p, q func(float64) float64, a, b float64, opts ...Option) (Estimate, error) {
	return densityEstimate("KLDensityEstimate", klMeasure, p, q, a, b, opts)
}

// EntropyDensity returns the differential entropy of the density p over
// [a, b], by adaptive quadrature:
//
//	h(p) = −∫_a^b p(x) ln p(x) dx
//
// with 0·ln 0 = 0. Unlike a discrete entropy it can be negative (a density
// concentrated on an interval shorter than 1 has h < 0), and it is not
// invariant under a change of variable. p must integrate to 1 over [a, b]
// within the tolerance (SumTolerance, or a Tolerance option). Limits,
// accuracy, units and errors are as for KLDensity; EntropyDensityEstimate
// returns the error estimate. TryEntropyDensity returns the error instead
// of panicking.
func EntropyDensity(p func(float64) float64, a, b float64, opts ...Option) float64 {
	return must(TryEntropyDensity(p, a, b, opts...))
}

// TryEntropyDensity is EntropyDensity returning an error instead of
// panicking. When the integral does not converge it returns the best
// estimate with the error.
func TryEntropyDensity(p func(float64) float64, a, b float64, opts ...Option) (float64, error) {
	e, err := densityEstimate("EntropyDensity", entropyMeasure, p, nil, a, b, opts)
	return e.Value, err
}

// EntropyDensityEstimate is EntropyDensity returning the Estimate.
func EntropyDensityEstimate(p func(float64) float64, a, b float64, opts ...Option) Estimate {
	return mustEstimate(TryEntropyDensityEstimate(p, a, b, opts...))
}

// TryEntropyDensityEstimate is EntropyDensityEstimate returning an error
// instead of panicking.
func TryEntropyDensityEstimate(p func(float64) float64, a, b float64, opts ...Option) (Estimate, error) {
	return densityEstimate("EntropyDensityEstimate", entropyMeasure, p, nil, a, b, opts)
}

// CrossEntropyDensity returns the cross-entropy of the density q relative
// to the density p over [a, b], by adaptive quadrature:
//
//	H(p, q) = −∫_a^b p(x) ln q(x) dx = h(p) + KL(p ‖ q)
//
// with 0·ln q = 0 where p = 0, and +Inf where p > 0 but q = 0 (with the
// underflow allowance described at KLDensity). It can be negative. p must
// integrate to 1 over [a, b] within the tolerance. Limits, accuracy, units
// and errors are as for KLDensity; CrossEntropyDensityEstimate returns the
// error estimate. TryCrossEntropyDensity returns the error instead of
// panicking.
func CrossEntropyDensity(p, q func(float64) float64, a, b float64, opts ...Option) float64 {
	return must(TryCrossEntropyDensity(p, q, a, b, opts...))
}

// TryCrossEntropyDensity is CrossEntropyDensity returning an error instead
// of panicking. When the integral does not converge it returns the best
// estimate with the error.
func TryCrossEntropyDensity(p, q func(float64) float64, a, b float64, opts ...Option) (float64, error) {
	e, err := densityEstimate("CrossEntropyDensity", crossMeasure, p, q, a, b, opts)
	return e.Value, err
}

// CrossEntropyDensityEstimate is CrossEntropyDensity returning the Estimate.
func CrossEntropyDensityEstimate(p, q func(float64) float64, a, b float64, opts ...Option) Estimate {
	return mustEstimate(TryCrossEntropyDensityEstimate(p, q, a, b, opts...))
}

// TryCrossEntropyDensityEstimate is CrossEntropyDensityEstimate returning an
// error instead of panicking.
func TryCrossEntropyDensityEstimate(p, q func(float64) float64, a, b float64, opts ...Option) (Estimate, error) {
	return densityEstimate("CrossEntropyDensityEstimate", crossMeasure, p, q, a, b, opts)
}

// densityEstimate computes one of the density measures. The integrand's
// components are [the measure's term, p, q, p where q = 0]; the first two
// steer the quadrature.
// qMassSlack is how far over 1 the integral of q may come out before the
// density measures call q no probability density (see densityEstimate).
const qMassSlack = 1e-2

func densityEstimate(fn string, m densityMeasure, p, q func(float64) float64, a, b float64, opts []Option) (est Estimate, err error) {
	cfg, err := readOptions(fn, useUnit|useTolerance, opts)
	if err != nil {
		return Estimate{}, err
	}
	if err := checkFunc(fn, "p", p); err != nil {
		return Estimate{}, err
	}
	if m != entropyMeasure {
		if err := checkFunc(fn, "q", q); err != nil {
			return Estimate{}, err
		}
	}
	if err := checkLimits(fn, a, b); err != nil {
		return Estimate{}, err
	}
	c := &caller{fn: fn}
	defer c.recoverPanic(&err)

	var f func(x float64) (qvec, bool)
	n := 4
	switch m {
	case entropyMeasure:
		n = 2
		f = func(x float64) (v qvec, ok bool) {
			px, ok := c.density(p, argP, x)
			if !ok {
				return v, false
			}
			if px > 0 {
				v[0] = -px * math.Log(px)
			}
			v[1] = px
			return v, true
		}
	case klMeasure:
		f = func(x float64) (v qvec, ok bool) {
			px, ok := c.density(p, argP, x)
			if !ok {
				return v, false
			}
			qx, ok := c.density(q, argQ, x)
			if !ok {
				return v, false
			}
			v[1], v[2] = px, qx
			if px > 0 {
				if qx > 0 {
					v[0] = px * lnRatio(px, qx)
				} else {
					v[3] = px
				}
			}
			return v, true
		}
	case crossMeasure:
		f = func(x float64) (v qvec, ok bool) {
			px, ok := c.density(p, argP, x)
			if !ok {
				return v, false
			}
			qx, ok := c.density(q, argQ, x)
			if !ok {
				return v, false
			}
			v[1], v[2] = px, qx
			if px > 0 {
				if qx > 0 {
					v[0] = -px * math.Log(qx)
				} else {
					v[3] = px
				}
			}
			return v, true
		}
	}
	quad := newQuadrature(a, b, n, 2, f)
	quad.probe = func(x float64) (float64, bool) { return c.density(p, argP, x) }
	quad.density = true
	defer quad.release()
	st := quad.run()
	if st == quadAborted {
		return Estimate{}, c.err
	}
	est = Estimate{
		Value:     cfg.unit.fromNats(quad.res[0]),
		AbsErr:    cfg.unit.fromNats(quad.err[0]),
		Evals:     quad.evals,
		Intervals: quad.intervals(),
		unit:      cfg.unit.String(),
	}
	if st == quadNotConverged {
		return est, notConverged(fn, est)
	}
	if pm := quad.res[1]; !(math.Abs(pm-1) <= cfg.tol+quad.err[1]) {
		return Estimate{}, argError(fn, "p", "integrates to %s over [%s, %s], not 1 (tolerance %s): "+
			"it is not normalised, or has mass outside [a, b], or is too narrow for the quadrature to find; "+
			"give limits that frame its mass, or pass a Tolerance",
			formatValue(pm), formatValue(a), formatValue(b), formatValue(cfg.tol))
	}
	if m != entropyMeasure {
		// q's mass rides on nodes placed for p, so it is only as good as
		// those nodes are for q: a q wider than p can come out a few 1e-4
		// over 1. Only a clear excess (qMassSlack) says q is no density.
		if qm := quad.res[2]; qm-quad.err[2] > 1+math.Max(cfg.tol, qMassSlack) {
			return Estimate{}, argError(fn, "q", "integrates to %s over [%s, %s], more than 1: it is not a probability density",
				formatValue(qm), formatValue(a), formatValue(b))
		}
		if quad.res[3] > underflowMass {
			est.Value, est.AbsErr = math.Inf(1), 0
			return est, nil
		}
	}
	if m == klMeasure && est.Value < 0 && -est.Value <= est.AbsErr {
		est.Value = 0 // Gibbs: rounding below 0
	}
	return est, nil
}

// lnRatio is ln(p/q) for p, q > 0, also when p/q over- or underflows.
func lnRatio(p, q float64) float64 {
	if r := p / q; r > 0 && r <= math.MaxFloat64 {
		return math.Log(r)
	}
	return math.Log(p) - math.Log(q)
}
