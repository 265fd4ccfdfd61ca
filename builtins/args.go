package builtins

import (
	"math"
	"strconv"
)

// This file checks the arguments of the discrete measures and turns them
// into transforms (see reduce.go).

// checkLengths reports an empty argument or arguments of different lengths.
func checkLengths(fn string, names []string, xs ...[]float64) error {
	for i, x := range xs {
		if len(x) == 0 {
			return argError(fn, names[i], "is empty")
		}
		if len(x) != len(xs[0]) {
			return callError(fn, "%s and %s differ in length (%d and %d)", names[0], names[i], len(xs[0]), len(x))
		}
	}
	return nil
}

// entryProblem says what is wrong with one raw entry, or "" when nothing is.
// Entries up to limit are allowed: 1 + the tolerance for probabilities (a
// marginal that adds up to 1.0000000000000002 is fine), +Inf for counts.
func entryProblem(x float64, limit float64) string {
	switch {
	case math.IsNaN(x):
		return "is not a number"
	case math.IsInf(x, 0):
		return "is infinite"
	case x < 0:
		return "is negative"
	case x > limit:
		return "is greater than 1"
	}
	return ""
}

// findBad returns the error for the first bad entry of x, or nil.
func findBad(fn, name string, x []float64, limit float64) error {
	for i, v := range x {
		if why := entryProblem(v, limit); why != "" {
			if v > limit && !math.IsInf(v, 0) {
				why += "; pass Counts if these are counts"
			}
			return entryError(fn, name, i, v, why)
		}
	}
	return nil
}

// sumError reports a probability vector whose sum is not 1 within tol.
func sumError(fn, name string, sum, tol float64) error {
	// Twelve digits show any miss larger than the tolerance without the noise
	// of the sum's own rounding (0.9, not 0.8999999999999999).
	return argError(fn, name, "sums to %s, not 1 (tolerance %s); pass Counts if these are counts, or Normalize(%s)",
		strconv.FormatFloat(sum, 'g', 12, 64), formatValue(tol), name)
}

// entryLimit is the largest entry an argument may have.
func (c config) entryLimit() float64 {
	if c.counts {
		return math.Inf(1)
	}
	return 1 + c.tol
}

// prepare checks one argument and returns the transform that maps its entries
// to probabilities. For plain probabilities it returns at once: the measure's
// own pass checks the entries and the sum (see finish). For counts and for
// smoothing it makes a pass of its own to find the total.
func prepare(fn, name string, x []float64, c config) (transform, error) {
	if !c.counts && !c.smooth {
		return transform{plain: true, limit: c.entryLimit()}, nil
	}
	if err := findBad(fn, name, x, c.entryLimit()); err != nil {
		return transform{}, err
	}
	sum := plainSum(x)
	switch {
	case c.counts && sum == 0:
		return transform{}, argError(fn, name, "has no positive entry: counts must not all be zero")
	case c.counts && !(sum <= math.MaxFloat64): // +Inf, or NaN from the compensation of an overflow
		return transform{}, argError(fn, name, "sums beyond the largest float64: the counts are too large to add up")
	case !c.counts && math.Abs(sum-1) > c.tol:
		return transform{}, sumError(fn, name, sum, c.tol)
	}
	t := transform{alpha: c.alpha, total: sum + float64(len(x))*c.alpha, limit: math.MaxFloat64}
	return t, nil
}

// finish checks what a measure's pass found out about one argument: a bad
// entry, or (for plain probabilities) a sum too far from 1.
func finish(fn, name string, x []float64, c config, bad bool, sum float64) error {
	if bad {
		if err := findBad(fn, name, x, c.entryLimit()); err != nil {
			return err
		}
	}
	if !c.counts && !c.smooth && !(math.Abs(sum-1) <= c.tol) {
		return sumError(fn, name, sum, c.tol)
	}
	return nil
}

// pairSums runs a two-argument measure over p and q after checking them and
// its options, and returns the sums and the options read.
func pairSums(fn string, p, q []float64, opts []Option, accepts uses, kernel pairKernel) (sums, config, error) {
	c, err := readOptions(fn, accepts, opts)
	if err != nil {
		return sums{}, c, err
	}
	if err := checkLengths(fn, []string{"p", "q"}, p, q); err != nil {
		return sums{}, c, err
	}
	tp, err := prepare(fn, "p", p, c)
	if err != nil {
		return sums{}, c, err
	}
	tq, err := prepare(fn, "q", q, c)
	if err != nil {
		return sums{}, c, err
	}
	s := reduce(&job{p: p, q: q, tp: tp, tq: tq, pair: kernel})
	// p's problems are reported before q's.
	if err := finish(fn, "p", p, c, s.bad, s.p); err != nil {
		return s, c, err
	}
	if err := finish(fn, "q", q, c, s.bad, s.q); err != nil {
		return s, c, err
	}
	return s, c, nil
}

// singleSums is pairSums for measures of one distribution.
func singleSums(fn string, p []float64, opts []Option, accepts uses, kernel singleKernel) (sums, config, error) {
	c, err := readOptions(fn, accepts, opts)
	if err != nil {
		return sums{}, c, err
	}
	if err := checkLengths(fn, []string{"p"}, p); err != nil {
		return sums{}, c, err
	}
	tp, err := prepare(fn, "p", p, c)
	if err != nil {
		return sums{}, c, err
	}
	s := reduce(&job{p: p, tp: tp, single: kernel})
	if err := finish(fn, "p", p, c, s.bad, s.p); err != nil {
		return s, c, err
	}
	return s, c, nil
}

// valid reports whether a raw entry passes the pass's cheap check: within
// [0, limit], which also rejects NaN.
func valid(x float64, t transform) bool { return x >= 0 && x <= t.limit }
