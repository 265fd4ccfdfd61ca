package builtins

import (
	"fmt"
	"math"
	"sync"
)

// The adaptive quadrature behind Integrate, KLDensity, EntropyDensity,
// CrossEntropyDensity and FitNormal: QUADPACK's QAG strategy with the
// 21-point Gauss–Kronrod rule, and QAGI's transformation of infinite limits
// (with a probed centre and scale).

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
	// (each point of KLDensity calls p and q once), counting the probes
	// that locate the mass of an infinite range.
	Evals int
	// Intervals is the number of subintervals of the final partition.
	Intervals int

	unit string // "nats", "bits", …, or "" for a plain integral
}

// String shows the estimate as "value ± error unit (n evaluations)":
//
//	0.4431471805599452 ± 5.3e-12 nats (483 evaluations)
func (e Estimate) String() string {
	u := ""
	if e.unit != "" {
		u = " " + e.unit
	}
	return fmt.Sprintf("%v ± %.2g%s (%d evaluations)", e.Value, e.AbsErr, u, e.Evals)
}

// Integrate returns ∫_a^b f(x) dx by adaptive Gauss–Kronrod quadrature
// (QUADPACK's QAG: the 21-point Kronrod rule with its embedded 10-point
// Gauss rule, bisecting the subinterval of largest error estimate).
//
// Either limit may be infinite (a = math.Inf(-1), b = math.Inf(1)). An
// infinite range is cut at a point c and each infinite piece mapped onto
// (0, 1] by x = c ± s·(1−t)/t (QUADPACK's QAGI, with a centre and a
// scale). c is where |f| is largest among c0 ± 2^k, k = −10…40 (c0 the
// finite limit, or 0), and s the distance at which |f| halves, so that an
// integrand far from 0 or at an unusual scale is still found. The probing
// costs up to about 150 evaluations, and finds a peak of width w at a
// distance D from c0 when w ≳ D/50.
//
// The quadrature subdivides until its error estimate is within
// max(QuadratureAbsTol, QuadratureRelTol·|I|, 100·ε·∫|f|) (1e-11 absolute
// for integrals of moderate size); IntegrateEstimate returns that
// estimate too (see Estimate for what it means). a must be less than b; f
// must return finite values (a NaN or ±Inf is an error naming the x); a
// panic inside f becomes an error naming f and x. Like every quadrature
// it only sees f at finitely many points: a narrow peak that no node
// lands near is missed, so give limits that frame where f lives.
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
	e, err := integrate("Integrate", f, a, b)
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
func TryIntegrateEstimate(f func(float64) float64, a, b float64) (Estimate, error) {
	return integrate("IntegrateEstimate", f, a, b)
}

func integrate(fn string, f func(float64) float64, a, b float64) (est Estimate, err error) {
	if err := checkFunc(fn, "f", f); err != nil {
		return Estimate{}, err
	}
	if err := checkLimits(fn, a, b); err != nil {
		return Estimate{}, err
	}
	c := &caller{fn: fn}
	defer c.recoverPanic(&err)
	at := func(x float64) (float64, bool) {
		y := c.call(f, argF, x)
		if math.IsNaN(y) {
			c.err = valueError(fn, argF.String(), x, y, "is not a number")
			return 0, false
		}
		if math.IsInf(y, 0) {
			c.err = valueError(fn, argF.String(), x, y, "is not finite")
			return 0, false
		}
		return y, true
	}
	q := newQuadrature(a, b, 1, 1, func(x float64) (v qvec, ok bool) {
		v[0], ok = at(x)
		return v, ok
	})
	q.probe = func(x float64) (float64, bool) {
		y, ok := at(x)
		return math.Abs(y), ok
	}
	defer q.release()
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
	fn    string  // the builtin called by the user
	arg   argName // the argument being called, argNone when none is
	x     float64
	err   error // the first bad value met
	calls int   // calls of the user's functions
}

// argName names a function argument (a small integer, so that noting it
// before every call costs no pointer write).
type argName uint8

const (
	argNone argName = iota
	argF
	argP
	argQ
	argTarget
)

func (a argName) String() string {
	return [...]string{"", "f", "p", "q", "target"}[a]
}

// call returns f(x).
func (c *caller) call(f func(float64) float64, arg argName, x float64) float64 {
	c.arg, c.x = arg, x
	y := f(x)
	c.arg = argNone
	c.calls++
	return y
}

// density returns f(x) for a density f: finite and non-negative, or an error.
func (c *caller) density(f func(float64) float64, arg argName, x float64) (float64, bool) {
	c.arg, c.x = arg, x
	y := f(x)
	c.arg = argNone
	c.calls++
	if y >= 0 && y <= math.MaxFloat64 {
		return y, true
	}
	switch {
	case math.IsNaN(y):
		c.err = valueError(c.fn, arg.String(), x, y, "is not a number")
	case y < 0:
		c.err = valueError(c.fn, arg.String(), x, y, "is negative")
	default:
		c.err = valueError(c.fn, arg.String(), x, y, "is infinite")
	}
	return 0, false
}

// recoverPanic turns a panic inside a user's function into an *InputError
// naming the function and x. Deferred by every Try form that calls one. A
// panic outside the user's functions is ours and goes on.
func (c *caller) recoverPanic(err *error) {
	if c.arg == argNone {
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

// quadMode says how the integration variable t of a segment maps to x.
type quadMode int

const (
	quadFinite quadMode = iota // x = t
	quadUpper                  // [c, +Inf): x = c + s·(1−t)/t, t in (0, 1]
	quadLower                  // (−Inf, c]: x = c − s·(1−t)/t, t in (0, 1]
)

// qsegment is one piece of the range with its own map from t to x.
type qsegment struct {
	mode quadMode
	c, s float64 // the finite end and the scale of an infinite piece
}

type quadStatus int

const (
	quadConverged quadStatus = iota
	quadNotConverged
	quadAborted // the integrand said stop (a bad value)
)

// qinterval is one subinterval (in t) of a segment with its rule's results.
type qinterval struct {
	a, b   float64
	seg    int
	res    qvec // Kronrod estimate of each component
	err    qvec // error estimate of each component
	resabs qvec // ∫|f| of each component
	key    float64
	split  bool // false once it cannot be bisected further
}

// quadrature integrates a vector integrand f of n components over [lo, hi];
// the first drive components steer subdivision and must meet the tolerance,
// the others ride along on the same nodes.
//
// A finite range is one segment, or, when the probe is a density, two cut
// where it is largest (see peak). An infinite range is cut at a point c
// into pieces mapped onto (0, 1] by x = c ± s·(1−t)/t (QUADPACK's QAGI
// with a centre and a scale). When probe is set (a non-negative weight
// such as the density), c is where probe is largest among c0 ± 2^k
// (k = −10…40, c0 the finite limit or 0), and s the distance at which it
// halves on each side, so that a density far from 0, or very narrow or
// wide, still meets the first nodes.
type quadrature struct {
	f              func(x float64) (qvec, bool)
	probe          func(x float64) (float64, bool)
	density        bool // probe is a density: cut a finite range at its peak too
	n, drive       int
	lo, hi         float64
	epsabs, epsrel float64
	limit          int

	segs   [2]qsegment
	nsegs  int
	evals  int
	ivs    []qinterval // a max-heap on key, then the frozen ones
	res    qvec
	err    qvec
	resabs qvec
}

// quadPool recycles quadratures and their interval storage.
var quadPool = sync.Pool{New: func() any { return &quadrature{ivs: make([]qinterval, 0, 64)} }}

// newQuadrature returns a quadrature from the pool; release returns it.
func newQuadrature(lo, hi float64, n, drive int, f func(float64) (qvec, bool)) *quadrature {
	q := quadPool.Get().(*quadrature)
	ivs := q.ivs[:0]
	*q = quadrature{f: f, n: n, drive: drive, lo: lo, hi: hi, ivs: ivs,
		epsabs: QuadratureAbsTol, epsrel: QuadratureRelTol, limit: QuadratureMaxIntervals}
	return q
}

// release returns q to the pool; its results must have been read.
func (q *quadrature) release() {
	q.f, q.probe, q.density = nil, nil, false // hold on to no user function
	quadPool.Put(q)
}

func (q *quadrature) intervals() int { return len(q.ivs) }

// at evaluates the integrand at t of segment seg, times dx/dt.
func (q *quadrature) at(seg int, t float64) (qvec, bool) {
	sg := &q.segs[seg]
	q.evals++
	if sg.mode == quadFinite {
		return q.f(t)
	}
	u := sg.s * (1 - t) / t
	x := sg.c + u
	if sg.mode == quadLower {
		x = sg.c - u
	}
	v, ok := q.f(x)
	jac := sg.s / (t * t) // dx/dt
	for k := 0; k < q.n; k++ {
		if v[k] != 0 { // keep 0 as 0 where dx/dt overflows
			v[k] *= jac
		}
	}
	return v, ok
}

// rule applies the 21-point Gauss–Kronrod rule to [a, b] (in t) of seg.
func (q *quadrature) rule(seg int, a, b float64) (iv qinterval, ok bool) {
	iv.a, iv.b, iv.seg = a, b, seg
	c := 0.5 * (a + b)
	h := 0.5 * (b - a)
	var fv1, fv2 [10]qvec
	fc, ok := q.at(seg, c)
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
		f1, ok := q.at(seg, c-dx)
		if !ok {
			return iv, false
		}
		f2, ok := q.at(seg, c+dx)
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
			r := 200 * e / resasc
			e = resasc * math.Min(1, r*math.Sqrt(r)) // QUADPACK: resasc·min(1, (200·|K−G|/resasc)^1.5)
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

// segments cuts the range into at most two segments, each with its first
// interval.
func (q *quadrature) segments() (first [4]qinterval, nfirst int, ok bool) {
	lo, hi := q.lo, q.hi
	infLo, infHi := math.IsInf(lo, -1), math.IsInf(hi, 1)
	q.nsegs = 0
	add := func(sg qsegment, a, b float64) {
		first[nfirst] = qinterval{a: a, b: b, seg: q.nsegs}
		nfirst++
		q.segs[q.nsegs] = sg
		q.nsegs++
	}
	if !infLo && !infHi {
		add(qsegment{mode: quadFinite}, lo, hi)
		if q.probe == nil || !q.density {
			return first, nfirst, true
		}
		// A density's finite range starts cut around its peak, at c − w,
		// c and c + w, so that a narrow peak far inside a wide range
		// meets the first nodes.
		c, w, ok := q.peak()
		if !ok {
			return first, nfirst, false
		}
		if w == 0 {
			return first, nfirst, true
		}
		// A peak at an end of the range (a density decreasing across it)
		// is cut at that end only.
		if grid := (hi - lo) / peakGrid; c-lo < grid {
			c = lo
		} else if hi-c < grid {
			c = hi
		}
		nfirst = 0
		at := lo
		for _, x := range [...]float64{c - w, c, c + w, hi} {
			if x > at && (x == hi || x < hi && canSplit(at, x)) {
				first[nfirst] = qinterval{a: at, b: x, seg: 0}
				nfirst++
				at = x
			}
		}
		if at < hi { // the last cut was too close to hi: extend the last interval
			first[nfirst-1].b = hi
		}
		return first, nfirst, true
	}
	c, sl, sr := 0.0, 1.0, 1.0
	switch {
	case !infLo:
		c = lo
	case !infHi:
		c = hi
	}
	if q.probe != nil {
		if c, sl, sr, ok = q.locate(c, infLo, infHi); !ok {
			return first, nfirst, false
		}
	}
	if infLo {
		add(qsegment{mode: quadLower, c: c, s: sl}, 0, 1)
	} else if c > lo {
		add(qsegment{mode: quadFinite}, lo, c)
	}
	if infHi {
		add(qsegment{mode: quadUpper, c: c, s: sr}, 0, 1)
	} else if c < hi {
		add(qsegment{mode: quadFinite}, c, hi)
	}
	return first, nfirst, true
}

// locate finds the centre c and the scales (left, right) of an infinite
// range from the probe weight; see quadrature.
func (q *quadrature) locate(c0 float64, infLo, infHi bool) (c, sl, sr float64, ok bool) {
	c, sl, sr = c0, 1, 1
	best, ok := q.weigh(c0)
	if !ok {
		return
	}
	for k := -10; k <= 40; k++ {
		d := math.Ldexp(1, k)
		for _, side := range [2]float64{-1, 1} {
			if (side < 0 && !infLo) || (side > 0 && !infHi) {
				continue
			}
			x := c0 + side*d
			w, ok := q.weigh(x)
			if !ok {
				return c, sl, sr, false
			}
			if w > best {
				best, c = w, x
			}
		}
	}
	if best == 0 {
		return c, sl, sr, true
	}
	// The distance, on each side, at which the weight falls to half.
	scale := func(side float64) (float64, bool) {
		d0 := math.Max(1, math.Abs(c)) * 0x1p-40
		for d := d0; d < 0x1p60; d *= 4 {
			x := c + side*d
			if x < q.lo || x > q.hi {
				return d, true
			}
			w, ok := q.weigh(x)
			if !ok {
				return 0, false
			}
			if w <= best/2 {
				return d, true
			}
		}
		return 1, true
	}
	if infLo {
		if sl, ok = scale(-1); !ok {
			return
		}
	}
	if infHi {
		if sr, ok = scale(1); !ok {
			return
		}
	}
	return c, sl, sr, true
}

// peakGrid is how many evenly spaced points peak samples a finite range at.
const peakGrid = 256

// peak returns where the probe weight of a finite range is largest, c, and
// w, four times the distance from c at which it falls to half (on the wider
// side): c is the best of peakGrid evenly spaced points and of m ± 2^k
// (k = −10…40, m the midpoint, or 0 when 0 is inside), climbed to the
// maximum by halving steps. w is 0 when the weight is 0 at every sample.
func (q *quadrature) peak() (c, w float64, ok bool) {
	lo, hi := q.lo, q.hi
	c0 := 0.5 * (lo + hi)
	if lo < 0 && 0 < hi {
		c0 = 0
	}
	c = c0
	best := 0.0
	try := func(x float64) bool {
		if x <= lo || x >= hi {
			return true
		}
		v, ok := q.weigh(x)
		if ok && v > best {
			best, c = v, x
		}
		return ok
	}
	if !try(c0) {
		return c, 0, false
	}
	for k := -10; k <= 40; k++ {
		if !try(c0-math.Ldexp(1, k)) || !try(c0+math.Ldexp(1, k)) {
			return c, 0, false
		}
	}
	h := (hi - lo) / peakGrid
	for i := range peakGrid {
		if !try(lo + (float64(i)+0.5)*h) {
			return c, 0, false
		}
	}
	if best == 0 {
		return c0, 0, true
	}
	tiny := math.Max(math.Abs(c), 1) * 0x1p-40
	for ; h > tiny; h /= 2 {
		for moved := true; moved; {
			was := c
			if !try(c-h) || !try(c+h) {
				return c, 0, false
			}
			moved = c != was
		}
	}
	for _, side := range [2]float64{-1, 1} {
		d := tiny
		for ; d < hi-lo; d *= 2 {
			x := c + side*d
			if x <= lo || x >= hi {
				break
			}
			v, ok := q.weigh(x)
			if !ok {
				return c, 0, false
			}
			if v <= best/2 {
				break
			}
		}
		w = math.Max(w, 4*d)
	}
	return c, w, true
}

func (q *quadrature) weigh(x float64) (float64, bool) {
	q.evals++
	return q.probe(x)
}

// run integrates, leaving the sums in q.res, q.err and q.resabs.
func (q *quadrature) run() quadStatus {
	first, nfirst, ok := q.segments()
	if !ok {
		return quadAborted
	}
	q.ivs = q.ivs[:0]
	active := 0 // q.ivs[:active] is the heap of splittable intervals
	for _, iv := range first[:nfirst] {
		iv, ok := q.rule(iv.seg, iv.a, iv.b)
		if !ok {
			return quadAborted
		}
		active = q.push(active, iv)
	}
	q.sum()
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
		left, ok := q.rule(worst.seg, worst.a, m)
		if !ok {
			return quadAborted
		}
		right, ok := q.rule(worst.seg, m, worst.b)
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
