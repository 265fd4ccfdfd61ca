package builtins

import (
	"fmt"
	"math"
	"sort"
)

// Direction says which Kullback–Leibler divergence a fit minimises, with p
// the target and q the fitted distribution.
type Direction int

const (
	// Forward minimises KL(p ‖ q), the divergence of the fit from the
	// target: the fit must cover every region where the target has mass
	// ("mode-covering", "mean-seeking"), as maximum likelihood does.
	Forward Direction = iota
	// Reverse minimises KL(q ‖ p), the divergence of the target from the
	// fit: the fit avoids regions where the target is small and settles on
	// one mode ("mode-seeking", "zero-forcing"), as variational inference does.
	Reverse
)

// String returns "forward KL(p‖q)" or "reverse KL(q‖p)" (p the target, q the fit).
func (d Direction) String() string {
	switch d {
	case Forward:
		return "forward KL(p‖q)"
	case Reverse:
		return "reverse KL(q‖p)"
	}
	return fmt.Sprintf("Direction(%d)", int(d))
}

// NormalFit is a normal distribution N(Mu, Sigma²) fitted to a target
// density by FitNormal.
type NormalFit struct {
	Mu        float64   // the mean
	Sigma     float64   // the standard deviation
	KL        float64   // the divergence minimised, in nats (KL(p‖q) for Forward, KL(q‖p) for Reverse)
	Direction Direction // which divergence was minimised
	Evals     int       // calls of the target density it took
}

// String shows the fit as "N(μ = -3, σ = 0.5), reverse KL(q‖p) = 0.6931471805599453 nats".
func (f NormalFit) String() string {
	return fmt.Sprintf("N(μ = %v, σ = %v), %v = %v nats", f.Mu, f.Sigma, f.Direction, f.KL)
}

// PDF returns the fitted normal's density, NormalPDF(f.Mu, f.Sigma).
func (f NormalFit) PDF() func(float64) float64 { return NormalPDF(f.Mu, f.Sigma) }

// Search constants of the reverse fit.
const (
	fitWindow   = 12  // the reverse objective integrates over μ ± 12σ (normal mass beyond: 3.6e-33)
	fitGrid     = 401 // points of the grid on which the target's humps are found
	fitMaxPeaks = 8   // humps tried as starting points, the highest first
	fitShrink   = 40  // halvings of a starting σ while the divergence there is +Inf
)

// FitNormal fits a normal distribution N(μ, σ²) to the density target,
// whose mass lies in [a, b] (either limit may be infinite), by minimising
// a Kullback–Leibler divergence between the target p and the normal q:
//
//	Forward: minimise KL(p ‖ q) = ∫ p ln(p/q)   (mode-covering)
//	Reverse: minimise KL(q ‖ p) = ∫ q ln(q/p)   (mode-seeking)
//
// The target need not be normalised: it is divided by Z = ∫_a^b target,
// so [a, b] must hold all of its mass. All integrals are by the adaptive
// quadrature of Integrate.
//
// Forward has a closed-form answer, moment matching: μ is the target's
// mean and σ² its variance over [a, b]. A target with two humps gets one wide
// normal covering both, its mean between them, where the target may be
// nearly 0. The target needs a finite variance.
//
// Reverse has no closed form. It minimises
//
//	KL(q ‖ p) = −½ ln(2πeσ²) + ln Z − ∫ q(x) ln target(x) dx
//
// over (μ, ln σ) by Nelder–Mead, the integral taken over μ ± 12σ in the
// standardised variable, so the target is evaluated wherever the candidate
// normal reaches, also outside [a, b]: it should be defined (zero is fine)
// on all of ℝ. Where the target is 0 but the normal is not, KL(q ‖ p) is
// +Inf (with the underflow allowance of KLDensity), which bars normals
// from regions the target leaves empty.
//
// With separated humps, reverse KL has one local minimum per hump, each a
// normal sitting on that hump. The search starts from every hump of the
// target — its local maxima (a plateau counts once, at its middle) on a
// 401-point grid over [a, b], or over mean ± 8 sd when a limit is
// infinite; the 8 highest, σ from each hump's half-width — and from the
// moment-matched normal, halving a start's σ (up to 40 times) while the
// divergence there is +Inf. It returns the lowest divergence found, ties
// (within 1e-9 relative) going to the smaller μ: for two equal humps, the
// left one. The result is deterministic, and the minimum is local to the
// humps tried: a hump narrower than the grid's step can be missed.
//
// For a target with bounded support (0 outside an interval) every normal
// has KL(q ‖ p) = +Inf in exact arithmetic; Reverse then returns the best
// normal whose mass outside the support is within the 1e-15 allowance,
// pressed against that limit (σ about 1/16 of the support's width). Read
// it as an artefact of the allowance, not as a fit.
//
// NormalFit.KL is the minimised divergence in nats and NormalFit.Evals the
// number of calls of target.
//
//	p := NormalMixture([]float64{0.5, 0.5}, []float64{-3, 3}, []float64{0.5, 0.5})
//	FitNormal(p, -10, 10, Forward) // N(μ ≈ 0, σ ≈ 3.04): between the humps
//	FitNormal(p, -10, 10, Reverse) // N(μ ≈ -3, σ ≈ 0.5): on one hump, KL ≈ ln 2
//
// Bad input panics with an *InputError: a nil target, a NaN limit or
// a ≥ b, an unknown Direction, a target returning NaN, a negative value or
// ±Inf at some x (or panicking there), a target with no mass or no variance
// over [a, b], integrals that do not converge (too heavy tails), or, in
// Reverse, no starting point where the divergence is finite.
// TryFitNormal returns the error instead.
func FitNormal(target func(float64) float64, a, b float64, dir Direction) NormalFit {
	f, err := TryFitNormal(target, a, b, dir)
	if err != nil {
		panic(err)
	}
	return f
}

// TryFitNormal is FitNormal returning an error instead of panicking.
func TryFitNormal(target func(float64) float64, a, b float64, dir Direction) (fit NormalFit, err error) {
	const fn = "FitNormal"
	if err := checkFunc(fn, "target", target); err != nil {
		return NormalFit{}, err
	}
	if err := checkLimits(fn, a, b); err != nil {
		return NormalFit{}, err
	}
	if dir != Forward && dir != Reverse {
		return NormalFit{}, argError(fn, "dir", "= %v is not a direction; use Forward or Reverse", dir)
	}
	c := &caller{fn: fn}
	defer c.recoverPanic(&err)
	ft := &fitter{c: c, target: target, a: a, b: b}
	fit, err = ft.fit(dir)
	fit.Evals = c.calls
	return fit, err
}

// fitter holds one FitNormal call.
type fitter struct {
	c        *caller
	target   func(float64) float64
	a, b     float64
	z, lnZ   float64 // the target's mass over [a, b] and its log
	mean, sd float64 // the target's moments over [a, b]
}

func (ft *fitter) fit(dir Direction) (NormalFit, error) {
	if err := ft.moments(); err != nil {
		return NormalFit{}, err
	}
	if dir == Forward {
		kl, err := ft.forwardKL(ft.mean, ft.sd)
		if err != nil {
			return NormalFit{}, err
		}
		return NormalFit{Mu: ft.mean, Sigma: ft.sd, KL: kl, Direction: Forward}, nil
	}
	return ft.reverse()
}

// integrate runs the quadrature on the target-based integrand f over [lo, hi].
func (ft *fitter) integrate(what string, lo, hi float64, n int, f func(float64) (qvec, bool)) (qvec, error) {
	q := newQuadrature(lo, hi, n, n, f)
	defer q.release()
	q.probe = func(x float64) (float64, bool) { return ft.c.density(ft.target, argTarget, x) }
	switch q.run() {
	case quadAborted:
		return qvec{}, ft.c.err
	case quadNotConverged:
		return qvec{}, callError(ft.c.fn, "the integral for the target's %s over [%s, %s] did not converge in %d subintervals "+
			"(best estimate %v ± %.2g); the target may have too heavy tails for a normal fit or a singularity: give finite limits",
			what, formatValue(lo), formatValue(hi), QuadratureMaxIntervals, q.res[0], q.err[0])
	}
	return q.res, nil
}

// moments computes Z, the mean and the standard deviation of the target
// over [a, b] (two passes: the variance about the computed mean).
func (ft *fitter) moments() error {
	c, t := ft.c, ft.target
	r, err := ft.integrate("mass and mean", ft.a, ft.b, 2, func(x float64) (v qvec, ok bool) {
		y, ok := c.density(t, argTarget, x)
		v[0], v[1] = y, x*y
		return v, ok
	})
	if err != nil {
		return err
	}
	if !(r[0] > 0) || math.IsInf(r[0], 0) {
		return argError(ft.c.fn, "target", "integrates to %s over [%s, %s]; it must have positive, finite mass there",
			formatValue(r[0]), formatValue(ft.a), formatValue(ft.b))
	}
	ft.z, ft.lnZ = r[0], math.Log(r[0])
	ft.mean = r[1] / r[0]
	m := ft.mean
	r, err = ft.integrate("variance", ft.a, ft.b, 1, func(x float64) (v qvec, ok bool) {
		y, ok := c.density(t, argTarget, x)
		d := x - m
		v[0] = d * d * y
		return v, ok
	})
	if err != nil {
		return err
	}
	ft.sd = math.Sqrt(r[0] / ft.z)
	if !(ft.sd > 0) || math.IsInf(ft.sd, 0) {
		return argError(ft.c.fn, "target", "has variance %s over [%s, %s]; a normal needs a positive, finite one",
			formatValue(ft.sd*ft.sd), formatValue(ft.a), formatValue(ft.b))
	}
	return nil
}

// forwardKL is KL(p ‖ N(mu, sigma²)) with p = target/Z on [a, b], the
// normal's log-density taken in closed form so that it never underflows.
func (ft *fitter) forwardKL(mu, sigma float64) (float64, error) {
	c, t, lnZ := ft.c, ft.target, ft.lnZ
	r, err := ft.integrate("divergence", ft.a, ft.b, 1, func(x float64) (v qvec, ok bool) {
		y, ok := c.density(t, argTarget, x)
		if y > 0 {
			v[0] = y * (math.Log(y) - lnZ - normalLogPDF(x, mu, sigma))
		}
		return v, ok
	})
	if err != nil {
		return 0, err
	}
	return math.Max(0, r[0]/ft.z), nil
}

// reverseKL is KL(N(mu, e^s²) ‖ target/Z), +Inf where the normal reaches
// where the target is 0 (or the quadrature cannot settle); the error is a
// bad value of the target.
func (ft *fitter) reverseKL(mu, s float64) (float64, error) {
	sigma := math.Exp(s)
	if !(sigma > 0) || math.IsInf(sigma, 0) || math.IsInf(mu, 0) || math.IsNaN(mu) {
		return math.Inf(1), nil
	}
	c, t := ft.c, ft.target
	q := newQuadrature(-fitWindow, fitWindow, 2, 1, func(z float64) (v qvec, ok bool) {
		y, ok := c.density(t, argTarget, mu+sigma*z)
		if !ok {
			return v, false
		}
		phi := math.Exp(-0.5*z*z) / sqrt2Pi
		if y > 0 {
			v[0] = phi * math.Log(y)
		} else {
			v[1] = phi
		}
		return v, true
	})
	defer q.release()
	q.epsabs, q.epsrel = 1e-12, 1e-13
	switch q.run() {
	case quadAborted:
		return 0, c.err
	case quadNotConverged:
		return math.Inf(1), nil
	}
	if q.res[1] > underflowMass {
		return math.Inf(1), nil
	}
	return -halfLn2PiE - s + ft.lnZ - q.res[0], nil
}

// fitStart is a starting point (or result) of the reverse search.
type fitStart struct{ mu, s, kl float64 }

func (ft *fitter) reverse() (NormalFit, error) {
	starts, err := ft.starts()
	if err != nil {
		return NormalFit{}, err
	}
	return ft.search(starts)
}

// search runs Nelder–Mead from each start and picks the result. A start
// where the divergence is +Inf (the normal reaches where the target is 0)
// is narrowed, σ halved up to fitShrink times, until it is finite.
func (ft *fitter) search(starts []fitStart) (NormalFit, error) {
	f := func(x [2]float64) (float64, error) { return ft.reverseKL(x[0], x[1]) }
	var found []fitStart
	for _, st := range starts {
		kl := math.Inf(1)
		for i := 0; i <= fitShrink && math.IsInf(kl, 1); i++ {
			if i > 0 {
				st.s -= math.Ln2
			}
			var err error
			kl, err = f([2]float64{st.mu, st.s})
			if err != nil {
				return NormalFit{}, err
			}
		}
		if math.IsInf(kl, 1) {
			continue
		}
		x, fx := [2]float64{st.mu, st.s}, kl
		for run := 0; run < 4; run++ { // restart until a run no longer improves
			sigma := math.Exp(x[1])
			step := [2]float64{0.5 * sigma, 0.25}
			if run > 0 {
				step = [2]float64{0.05 * sigma, 0.05}
			}
			nx, nf, err := nelderMead(f, x, fx, step, 400)
			if err != nil {
				return NormalFit{}, err
			}
			better := nf < fx-1e-13*(1+math.Abs(fx))
			x, fx = nx, nf
			if !better && run > 0 {
				break
			}
		}
		found = append(found, fitStart{x[0], x[1], fx})
	}
	if len(found) == 0 {
		return NormalFit{}, argError(ft.c.fn, "target", "vanishes (or underflows to 0) within reach of every starting normal, "+
			"so KL(q‖p) is +Inf for each: reverse KL needs a target that is positive wherever the fit has mass")
	}
	best := found[0]
	for _, r := range found[1:] {
		if r.kl < best.kl {
			best = r
		}
	}
	tie := best.kl + 1e-9*math.Max(1, math.Abs(best.kl))
	for _, r := range found {
		if r.kl <= tie && r.mu < best.mu {
			best = r
		}
	}
	kl := best.kl
	if kl < 0 && kl > -1e-9 {
		kl = 0
	}
	return NormalFit{Mu: best.mu, Sigma: math.Exp(best.s), KL: kl, Direction: Reverse}, nil
}

// starts returns the starting points of the reverse search: the target's
// highest local maxima on a grid, σ from each one's half-width at half
// height, then the moment-matched normal.
func (ft *fitter) starts() ([]fitStart, error) {
	lo, hi := ft.a, ft.b
	if math.IsInf(lo, 0) {
		lo = ft.mean - 8*ft.sd
	}
	if math.IsInf(hi, 0) {
		hi = ft.mean + 8*ft.sd
	}
	lo, hi = math.Max(lo, ft.a), math.Min(hi, ft.b)
	h := (hi - lo) / (fitGrid - 1)
	var ys [fitGrid]float64
	for i := range ys {
		y, ok := ft.c.density(ft.target, argTarget, lo+float64(i)*h)
		if !ok {
			return nil, ft.c.err
		}
		ys[i] = y
	}
	type peak struct {
		x, y, sigma float64
	}
	var peaks []peak
	for i := 0; i < fitGrid; i++ {
		y := ys[i]
		if !(y > 0 && (i == 0 || y > ys[i-1])) {
			continue
		}
		j := i // a plateau ys[i..j] counts as one hump, centred
		for j < fitGrid-1 && ys[j+1] == y {
			j++
		}
		if j < fitGrid-1 && ys[j+1] > y {
			continue
		}
		l, r := i, j
		for l > 0 && ys[l] > y/2 {
			l--
		}
		for r < fitGrid-1 && ys[r] > y/2 {
			r++
		}
		hw := 0.5 * float64(r-l) * h // half-width at half height ≈ 1.1774σ
		peaks = append(peaks, peak{lo + 0.5*float64(i+j)*h, y, math.Max(hw/1.1774100225154747, h)})
		i = j
	}
	sort.SliceStable(peaks, func(i, j int) bool { return peaks[i].y > peaks[j].y })
	if len(peaks) > fitMaxPeaks {
		peaks = peaks[:fitMaxPeaks]
	}
	var starts []fitStart
	for _, p := range peaks {
		starts = append(starts, fitStart{mu: p.x, s: math.Log(p.sigma)})
	}
	return append(starts, fitStart{mu: ft.mean, s: math.Log(ft.sd)}), nil
}

// nelderMead minimises f over the plane from x0 (where f is f0) with an
// initial simplex of the given steps: reflection 1, expansion 2,
// contraction ½, shrink ½. +Inf values are simply worst. It stops when the
// simplex is within 1e-9 of its best vertex (in units of the steps' first
// scale for x[0], absolutely for x[1]), when the values agree to 1e-14
// relative, or after maxIter iterations.
func nelderMead(f func([2]float64) (float64, error), x0 [2]float64, f0 float64, step [2]float64, maxIter int) ([2]float64, float64, error) {
	var v [3][2]float64
	var fv [3]float64
	v[0], fv[0] = x0, f0
	for i := 1; i < 3; i++ {
		v[i] = x0
		v[i][i-1] += step[i-1]
		y, err := f(v[i])
		if err != nil {
			return x0, f0, err
		}
		fv[i] = y
	}
	scale := [2]float64{step[0] / step[1], 1} // x[0] tolerances scale with σ
	for iter := 0; iter < maxIter; iter++ {
		// order: v[0] best, v[2] worst
		for i := 1; i < 3; i++ {
			for j := i; j > 0 && fv[j] < fv[j-1]; j-- {
				v[j], v[j-1] = v[j-1], v[j]
				fv[j], fv[j-1] = fv[j-1], fv[j]
			}
		}
		spread := 0.0
		for i := 1; i < 3; i++ {
			for k := 0; k < 2; k++ {
				spread = math.Max(spread, math.Abs(v[i][k]-v[0][k])/scale[k])
			}
		}
		if spread <= 1e-9 || fv[2]-fv[0] <= 1e-14*(1+math.Abs(fv[0])) {
			break
		}
		var cen [2]float64
		for k := 0; k < 2; k++ {
			cen[k] = 0.5 * (v[0][k] + v[1][k])
		}
		at := func(t float64) [2]float64 { // cen + t·(cen − worst)
			return [2]float64{cen[0] + t*(cen[0]-v[2][0]), cen[1] + t*(cen[1]-v[2][1])}
		}
		xr := at(1)
		fr, err := f(xr)
		if err != nil {
			return v[0], fv[0], err
		}
		switch {
		case fr < fv[0]:
			xe := at(2)
			fe, err := f(xe)
			if err != nil {
				return v[0], fv[0], err
			}
			if fe < fr {
				v[2], fv[2] = xe, fe
			} else {
				v[2], fv[2] = xr, fr
			}
			continue
		case fr < fv[1]:
			v[2], fv[2] = xr, fr
			continue
		}
		var xc [2]float64
		if fr < fv[2] {
			xc = at(0.5) // outside contraction
		} else {
			xc = at(-0.5) // inside contraction
		}
		fc, err := f(xc)
		if err != nil {
			return v[0], fv[0], err
		}
		if fc < math.Min(fr, fv[2]) {
			v[2], fv[2] = xc, fc
			continue
		}
		for i := 1; i < 3; i++ { // shrink towards the best
			for k := 0; k < 2; k++ {
				v[i][k] = v[0][k] + 0.5*(v[i][k]-v[0][k])
			}
			y, err := f(v[i])
			if err != nil {
				return v[0], fv[0], err
			}
			fv[i] = y
		}
	}
	best := 0
	for i := 1; i < 3; i++ {
		if fv[i] < fv[best] {
			best = i
		}
	}
	return v[best], fv[best], nil
}
