package builtins

import (
	"fmt"
	"math"
)

// The adaptive quadrature behind Integrate, KLDensity, EntropyDensity,
// CrossEntropyDensity and FitNormal: QUADPACK's QAG strategy with the
// 21-point Gauss–Kronrod rule, and QAGI's transformation of infinite limits.

// Default accuracy and effort of every integral in this package.
const (
	// QuadratureAbsTol is the absolute error the adaptive quadrature aims
	// for: it subdivides until the estimated error is at most
	// max(QuadratureAbsTol, QuadratureRelTol·|I|, 100·ε·∫|f|), the last
	// term (ε = 2⁻⁵² ≈ 2.2e-16) being the rounding floor of an integrand
	// whose positive and negative parts cancel.
	QuadratureAbsTol = 1e-11
	// QuadratureRelTol is the relative error the quadrature aims for.
	QuadratureRelTol = 1e-12
	// QuadratureMaxIntervals is the most subintervals the quadrature uses
	// (each costs 21 evaluations of the integrand). An integral that has
	// not reached its tolerance by then is an error that quotes the best
	// estimate and its error estimate.
	QuadratureMaxIntervals = 1000
)

// Estimate is the result of an adaptive quadrature: a value with its error
// estimate and the work it took.
type Estimate struct {
	// Value is the integral (for an information measure: in its unit).
	Value float64
	// AbsErr estimates |Value − exact value|, in Value's unit, the way
	// QUADPACK does: on each subinterval the 21-point Kronrod result is
	// compared with the embedded 10-point Gauss result, the difference is
	// scaled by QUADPACK's (200·|K−G|/I_asc)^1.5 rule and floored at
	// 50·ε·∫|f|, and the subintervals' estimates are summed. On smooth
	// integrands it overstates the error, usually by orders of magnitude.
	// It is an estimate, not a rigorous bound: an integrand with a feature
	// that no node samples (a narrow spike far from the rest) can fool it.
	// It is 0 when Value is +Inf by convention.
	AbsErr float64
	// Evals is the number of points at which the integrand was evaluated
	// (each point of KLDensity calls p and q once).
	Evals int
	// Intervals is the number of subintervals of the final partition.
	Intervals int

	unit string // "nats", "bits", …, or "" for a plain integral
}

// String shows the estimate as "value ± error unit (n evaluations)":
//
//	0.44314718055994534 ± 4.9e-15 nats (651 evaluations)
func (e Estimate) String() string {
	u := ""
	if e.unit != "" {
		u = " " + e.unit
	}
	return fmt.Sprintf("%v ± %.2g%s (%d evaluations)", e.Value, e.AbsErr, u, e.Evals)
}

// Integrate returns ∫_a^b f(x) dx by adaptive Gauss–Kronrod quadrature
// (QUADPACK's QAG with the 21-point rule). Either limit may be infinite
// (a = math.Inf(-1), b = math.Inf(1)); an infinite range is mapped onto
// (0, 1] by x = a + (1−t)/t (QUADPACK's QAGI) before integrating.
//
// The quadrature subdivides until its error estimate is within
// max(QuadratureAbsTol, QuadratureRelTol·|I|); IntegrateEstimate returns
// that estimate too. a must be less than b; f must return finite values
// (a NaN or ±Inf is an error naming the x); a panic inside f becomes an
// error naming f and x. Like every quadrature it only sees f at finitely
// many points: a narrow peak far from the others can be missed, so give
// limits that frame where f lives.
//
//	Integrate(NormalPDF(0, 1), math.Inf(-1), math.Inf(1)) // 1, within 1e-11
//
// Integrate panics with an *InputError on bad input or when the integral
// does not converge; TryIntegrate returns the error instead.
func Integrate(f func(float64) float64, a, b float64) float64 {
	return must(TryIntegrate(f, a, b))
}

// TryIntegrate is Integrate returning an error instead of panicking. When
// the integral does not converge it returns the best estimate with the error.
func TryIntegrate(f func(float64) float64, a, b float64) (float64, error) {
	e, err := TryIntegrateEstimate(f, a, b)
	return e.Value, err
}

// IntegrateEstimate is Integrate returning the Estimate: the value, its
// error estimate and the number of evaluations of f.
func IntegrateEstimate(f func(float64) float64, a, b float64) Estimate {
	return mustEstimate(TryIntegrateEstimate(f, a, b))
}

// TryIntegrateEstimate is IntegrateEstimate returning an error instead of
// panicking. When the integral does not converge it returns the best
// estimate with the error.
func TryIntegrateEstimate(f func(float64) float64, a, b float64) (est Estimate, err error) {
	const fn = "Integrate"
	if err := checkFunc(fn, "f", f); err != nil {
		return Estimate{}, err
	}
	if err := checkLimits(fn, a, b); err != nil {
		return Estimate{}, err
	}
	c := &caller{fn: fn}
	defer c.recoverPanic(&err)
	q := newQuadrature(a, b, 1, 1, func(x float64) (v qvec, ok bool) {
		y := c.call(f, "f", x)
		if math.IsNaN(y) || math.IsInf(y, 0) {
			c.err = valueError(fn, "f", x, y, "is not finite")
			return v, false
		}
		v[0] = y
		return v, true
	})
	st := q.run()
	est = Estimate{Value: q.res[0], AbsErr: q.err[0], Evals: q.evals, Intervals: q.intervals()}
	switch st {
	case quadAborted:
		return Estimate{}, c.err
	case quadNotConverged:
		return est, notConverged(fn, est)
	}
	return est, nil
}

// mustEstimate is must for an Estimate.
func mustEstimate(e Estimate, err error) Estimate {
	if err != nil {
		panic(err)
	}
	return e
}

// notConverged is the error of an integral that ran out of subintervals.
func notConverged(fn string, e Estimate) *InputError {
	u := ""
	if e.unit != "" {
		u = " " + e.unit
	}
	return callError(fn, "the integral did not converge in %d subintervals (best estimate %v ± %.2g%s); "+
		"the integrand may be singular, oscillating or not integrable: give finite limits that frame it, or split [a, b] where it misbehaves",
		QuadratureMaxIntervals, e.Value, e.AbsErr, u)
}

// checkFunc rejects a nil function argument.
func checkFunc(fn, arg string, f func(float64) float64) error {
	if f == nil {
		return argError(fn, arg, "is nil")
	}
	return nil
}

// checkLimits checks the limits of an integral: numbers with a < b.
func checkLimits(fn string, a, b float64) error {
	if math.IsNaN(a) {
		return argError(fn, "a", "is NaN")
	}
	if math.IsNaN(b) {
		return argError(fn, "b", "is NaN")
	}
	if !(a < b) {
		return callError(fn, "a = %s is not less than b = %s; the interval [a, b] must not be empty",
			formatValue(a), formatValue(b))
	}
	return nil
}

// valueError reports a bad value of a user's function: "q(3.5) = -0.2 is negative".
func valueError(fn, arg string, x, y float64, reason string) *InputError {
	return argError(fn, fmt.Sprintf("%s(%s)", arg, formatValue(x)), "= %s %s", formatValue(y), reason)
}

// caller calls the user's functions, remembering which one at which x so
// that a panic inside it can be reported as an *InputError naming both.
type caller struct {
	fn    string // the builtin called by the user
	arg   string // the argument being called, "" when none is
	x     float64
	err   error // the first bad value met
	calls int   // calls of the user's functions
}

// call returns f(x).
func (c *caller) call(f func(float64) float64, arg string, x float64) float64 {
	c.arg, c.x = arg, x
	y := f(x)
	c.arg = ""
	c.calls++
	return y
}

// density returns f(x) for a density f: finite and non-negative, or an error.
func (c *caller) density(f func(float64) float64, arg string, x float64) (float64, bool) {
	c.arg, c.x = arg, x
	y := f(x)
	c.arg = ""
	c.calls++
	if y >= 0 && y <= math.MaxFloat64 {
		return y, true
	}
	switch {
	case math.IsNaN(y):
		c.err = valueError(c.fn, arg, x, y, "is not a number")
	case y < 0:
		c.err = valueError(c.fn, arg, x, y, "is negative")
	default:
		c.err = valueError(c.fn, arg, x, y, "is infinite")
	}
	return 0, false
}

// recoverPanic turns a panic inside a user's function into an *InputError
// naming the function and x. Deferred by every Try form that calls one. A
// panic outside the user's functions is ours and goes on.
func (c *caller) recoverPanic(err *error) {
	if c.arg == "" {
		return // nothing of the user's was running: let a panic of ours through
	}
	r := recover()
	if r == nil {
		return
	}
	*err = argError(c.fn, fmt.Sprintf("%s(%s)", c.arg, formatValue(c.x)), "panicked: %v", r)
}

// 21-point Gauss–Kronrod rule (QUADPACK qk21): the Kronrod abscissae on
// [-1, 1] (positive half, the last is 0), their weights, and the weights of
// the embedded 10-point Gauss rule, whose abscissae are gk21x[1], gk21x[3], …
var (
	gk21x = [11]float64{
		0.995657163025808080735527280689003,
		0.973906528517171720077964012084452,
		0.930157491355708226001207180059508,
		0.865063366688984510732096688423493,
		0.780817726586416897063717578345042,
		0.679409568299024406234327365114874,
		0.562757134668604683339000099272694,
		0.433395394129247190799265943165784,
		0.294392862701460198131126603103866,
		0.148874338981631210884826001129720,
		0,
	}
	gk21w = [11]float64{
		0.011694638867371874278064396062192,
		0.032558162307964727478818972459390,
		0.054755896574351996031381300244580,
		0.075039674810919952767043140916190,
		0.093125454583697605535065465083366,
		0.109387158802297641899210590325805,
		0.123491976262065851077208983032598,
		0.134709217311473325928054001771707,
		0.142775938577060080797094273138717,
		0.147739104901338491374841515972068,
		0.149445554002916905664936468389821,
	}
	g10w = [5]float64{
		0.066671344308688137593568809893332,
		0.149451349150580593145776339657697,
		0.219086362515982043995534934228163,
		0.269266719309996355091226921569469,
		0.295524224714752870173892994651338,
	}
)

// qvec holds the components of a vector integrand: the quantity wanted and
// the masses checked alongside it, all integrated on the same nodes.
type qvec [4]float64

// quadMode says how the integration variable t maps to x.
type quadMode int

const (
	quadFinite quadMode = iota // x = t on [a, b]
	quadUpper                  // [a, +Inf): x = a + (1−t)/t, t in (0, 1]
	quadLower                  // (−Inf, b]: x = b − (1−t)/t, t in (0, 1]
	quadBoth                   // (−Inf, +Inf): x = ±(1−t)/t, t in (0, 1]
)

type quadStatus int

const (
	quadConverged quadStatus = iota
	quadNotConverged
	quadAborted // the integrand said stop (bad value, or a decided +Inf)
)

// qinterval is one subinterval (in t) with its rule's results.
type qinterval struct {
	a, b   float64
	res    qvec // Kronrod estimate of each component
	err    qvec // error estimate of each component
	resabs qvec // ∫|f| of each component
	key    float64
	split  bool // false once it cannot be bisected further
}

// quadrature integrates a vector integrand f of n components over [lo, hi];
// the first drive components steer subdivision and must meet the tolerance,
// the others ride along on the same nodes.
type quadrature struct {
	f              func(x float64) (qvec, bool)
	n, drive       int
	mode           quadMode
	lo, hi         float64
	epsabs, epsrel float64
	limit          int

	evals  int
	ivs    []qinterval // a max-heap on key, then the frozen ones
	res    qvec
	err    qvec
	resabs qvec
}

func newQuadrature(lo, hi float64, n, drive int, f func(float64) (qvec, bool)) *quadrature {
	q := &quadrature{f: f, n: n, drive: drive, lo: lo, hi: hi,
		epsabs: QuadratureAbsTol, epsrel: QuadratureRelTol, limit: QuadratureMaxIntervals}
	switch {
	case math.IsInf(lo, -1) && math.IsInf(hi, 1):
		q.mode = quadBoth
	case math.IsInf(hi, 1):
		q.mode = quadUpper
	case math.IsInf(lo, -1):
		q.mode = quadLower
	}
	return q
}

func (q *quadrature) intervals() int { return len(q.ivs) }

// at evaluates the integrand, transformed to t when a limit is infinite.
func (q *quadrature) at(t float64) (qvec, bool) {
	switch q.mode {
	case quadFinite:
		q.evals++
		return q.f(t)
	case quadBoth:
		u := (1 - t) / t
		q.evals += 2
		v1, ok := q.f(u)
		if !ok {
			return v1, false
		}
		v2, ok := q.f(-u)
		if !ok {
			return v2, false
		}
		for k := 0; k < q.n; k++ {
			v1[k] = scaleT(v1[k]+v2[k], t)
		}
		return v1, true
	}
	x := q.lo + (1-t)/t
	if q.mode == quadLower {
		x = q.hi - (1-t)/t
	}
	q.evals++
	v, ok := q.f(x)
	for k := 0; k < q.n; k++ {
		v[k] = scaleT(v[k], t)
	}
	return v, ok
}

// scaleT multiplies by dx/dt = 1/t², keeping 0 as 0.
func scaleT(v, t float64) float64 {
	if v == 0 {
		return 0
	}
	return v / t / t
}

// rule applies the 21-point Gauss–Kronrod rule to [a, b] (in t).
func (q *quadrature) rule(a, b float64) (iv qinterval, ok bool) {
	iv.a, iv.b = a, b
	c := 0.5 * (a + b)
	h := 0.5 * (b - a)
	var fv1, fv2 [10]qvec
	fc, ok := q.at(c)
	if !ok {
		return iv, false
	}
	var resk, resg, resabs qvec
	for k := 0; k < q.n; k++ {
		resk[k] = gk21w[10] * fc[k]
		resabs[k] = math.Abs(resk[k])
	}
	for j := 0; j < 10; j++ {
		dx := h * gk21x[j]
		f1, ok := q.at(c - dx)
		if !ok {
			return iv, false
		}
		f2, ok := q.at(c + dx)
		if !ok {
			return iv, false
		}
		fv1[j], fv2[j] = f1, f2
		w := gk21w[j]
		for k := 0; k < q.n; k++ {
			s := f1[k] + f2[k]
			resk[k] += w * s
			resabs[k] += w * (math.Abs(f1[k]) + math.Abs(f2[k]))
			if j&1 == 1 {
				resg[k] += g10w[j>>1] * s
			}
		}
	}
	ah := math.Abs(h)
	for k := 0; k < q.n; k++ {
		reskh := 0.5 * resk[k]
		resasc := gk21w[10] * math.Abs(fc[k]-reskh)
		for j := 0; j < 10; j++ {
			resasc += gk21w[j] * (math.Abs(fv1[j][k]-reskh) + math.Abs(fv2[j][k]-reskh))
		}
		iv.res[k] = resk[k] * h
		iv.resabs[k] = resabs[k] * ah
		resasc *= ah
		e := math.Abs((resk[k] - resg[k]) * h)
		if resasc != 0 && e != 0 {
			e = resasc * math.Min(1, math.Pow(200*e/resasc, 1.5))
		}
		if iv.resabs[k] > math.SmallestNonzeroFloat64/(50*epsilon) {
			e = math.Max(50*epsilon*iv.resabs[k], e)
		}
		iv.err[k] = e
	}
	for k := 0; k < q.drive; k++ {
		iv.key += iv.err[k]
	}
	iv.split = canSplit(a, b)
	return iv, true
}

const epsilon = 0x1p-52

// canSplit reports whether [a, b] can be bisected into two intervals that
// both hold room for the rule's nodes (QUADPACK's "bad integrand" test).
func canSplit(a, b float64) bool {
	m := 0.5 * (a + b)
	return a < m && m < b && (b-a) > 200*epsilon*math.Max(math.Abs(a), math.Abs(b)) && b-a > 1e-290
}

// run integrates, leaving the sums in q.res, q.err and q.resabs.
func (q *quadrature) run() quadStatus {
	lo, hi := q.lo, q.hi
	if q.mode != quadFinite {
		lo, hi = 0, 1
	}
	iv, ok := q.rule(lo, hi)
	if !ok {
		return quadAborted
	}
	if q.ivs == nil {
		q.ivs = make([]qinterval, 0, 32)
	}
	q.ivs = append(q.ivs[:0], iv)
	q.sum()
	active := 1 // q.ivs[:active] is the heap of splittable intervals
	if !iv.split {
		active = 0
	}
	for {
		if q.within() {
			return quadConverged
		}
		if active == 0 || len(q.ivs) >= q.limit {
			q.sum()
			if q.within() {
				return quadConverged
			}
			return quadNotConverged
		}
		if !finite(q.res, q.n) {
			return quadNotConverged
		}
		worst := q.ivs[0]
		m := 0.5 * (worst.a + worst.b)
		left, ok := q.rule(worst.a, m)
		if !ok {
			return quadAborted
		}
		right, ok := q.rule(m, worst.b)
		if !ok {
			return quadAborted
		}
		for k := 0; k < q.n; k++ {
			q.res[k] += left.res[k] + right.res[k] - worst.res[k]
			q.err[k] += left.err[k] + right.err[k] - worst.err[k]
			q.resabs[k] += left.resabs[k] + right.resabs[k] - worst.resabs[k]
		}
		// Replace the root by left, then add right; frozen intervals
		// (not splittable) go to the tail beyond the heap.
		active = q.popRoot(active)
		active = q.push(active, left)
		active = q.push(active, right)
		if len(q.ivs)%64 == 0 {
			q.sum() // refresh the running sums against drift
		}
	}
}

// within reports whether every driving component meets its tolerance.
func (q *quadrature) within() bool {
	for k := 0; k < q.drive; k++ {
		tol := math.Max(q.epsabs, q.epsrel*math.Abs(q.res[k]))
		tol = math.Max(tol, 100*epsilon*q.resabs[k])
		if !(q.err[k] <= tol) {
			return false
		}
	}
	return true
}

// sum recomputes the totals from the intervals.
func (q *quadrature) sum() {
	q.res, q.err, q.resabs = qvec{}, qvec{}, qvec{}
	for i := range q.ivs {
		for k := 0; k < q.n; k++ {
			q.res[k] += q.ivs[i].res[k]
			q.err[k] += q.ivs[i].err[k]
			q.resabs[k] += q.ivs[i].resabs[k]
		}
	}
}

func finite(v qvec, n int) bool {
	for k := 0; k < n; k++ {
		if math.IsNaN(v[k]) || math.IsInf(v[k], 0) {
			return false
		}
	}
	return true
}

// popRoot removes the heap's root (q.ivs[0]); the heap is q.ivs[:active],
// the frozen intervals follow it. It returns the new heap size.
func (q *quadrature) popRoot(active int) int {
	last := active - 1
	q.ivs[0] = q.ivs[last]
	// Move the last frozen interval into the hole at last, shrinking the slice.
	end := len(q.ivs) - 1
	q.ivs[last] = q.ivs[end]
	q.ivs = q.ivs[:end]
	active = last
	q.down(0, active)
	return active
}

// push adds iv: to the heap if it can be split, else to the frozen tail.
func (q *quadrature) push(active int, iv qinterval) int {
	q.ivs = append(q.ivs, iv)
	if !iv.split {
		return active
	}
	// Swap it into position active (the first frozen slot moves to the end).
	n := len(q.ivs) - 1
	q.ivs[active], q.ivs[n] = q.ivs[n], q.ivs[active]
	q.up(active)
	return active + 1
}

func (q *quadrature) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !(q.ivs[i].key > q.ivs[p].key) {
			return
		}
		q.ivs[i], q.ivs[p] = q.ivs[p], q.ivs[i]
		i = p
	}
}

func (q *quadrature) down(i, n int) {
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		big := l
		if r := l + 1; r < n && q.ivs[r].key > q.ivs[l].key {
			big = r
		}
		if !(q.ivs[big].key > q.ivs[i].key) {
			return
		}
		q.ivs[i], q.ivs[big] = q.ivs[big], q.ivs[i]
		i = big
	}
}
