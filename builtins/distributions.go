package builtins

import (
	"math"
	"sort"
)

// Normalize returns the distribution x/Σx of non-negative weights (counts,
// scores, a histogram): each entry divided by the compensated sum. It
// allocates a new slice and leaves x alone. An entry that is negative, NaN
// or infinite, or a zero total, is an error.
//
//	Normalize([]float64{2, 5, 3}) = [0.2 0.5 0.3]
func Normalize(x []float64) []float64 { return mustSlice(TryNormalize(x)) }

// TryNormalize is Normalize returning an *InputError instead of panicking.
func TryNormalize(x []float64) ([]float64, error) {
	if len(x) == 0 {
		return nil, argError("Normalize", "x", "is empty")
	}
	t, err := prepare("Normalize", "x", x, config{counts: true})
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = v / t.total
	}
	return out, nil
}

// Smoothed returns the distribution (xᵢ + α)/(Σx + n·α): additive smoothing
// of counts or probabilities with pseudocount α > 0 (α = 1: Laplace's rule).
// The measures do the same with the Smooth(α) option.
func Smoothed(x []float64, alpha float64) []float64 { return mustSlice(TrySmoothed(x, alpha)) }

// TrySmoothed is Smoothed returning an *InputError instead of panicking.
func TrySmoothed(x []float64, alpha float64) ([]float64, error) {
	const fn = "Smoothed"
	c, err := readOptions(fn, useSmooth, []Option{Smooth(alpha)})
	if err != nil {
		return nil, err
	}
	if len(x) == 0 {
		return nil, argError(fn, "x", "is empty")
	}
	c.counts = true
	t, err := prepare(fn, "x", x, c)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = t.apply(v)
	}
	return out, nil
}

// Empirical returns the empirical distribution of observed outcomes
// 0 … outcomes−1: the fraction of the observations equal to each. It is the
// maximum-likelihood estimate of a categorical distribution, the q that
// minimises NLL(q, observed).
//
//	Empirical([]int{0, 1, 1, 2}, 3) = [0.25 0.5 0.25]
func Empirical(observed []int, outcomes int) []float64 {
	return mustSlice(TryEmpirical(observed, outcomes))
}

// TryEmpirical is Empirical returning an *InputError instead of panicking.
func TryEmpirical(observed []int, outcomes int) ([]float64, error) {
	const fn = "Empirical"
	if outcomes < 1 {
		return nil, scalarError(fn, "outcomes", float64(outcomes), "is not positive")
	}
	if len(observed) == 0 {
		return nil, argError(fn, "observed", "is empty")
	}
	out := make([]float64, outcomes)
	for k, x := range observed {
		if x < 0 || x >= outcomes {
			return nil, &InputError{Func: fn, Arg: "observed", Index: k, Value: float64(x),
				Reason: "is not an outcome (0 … " + formatValue(float64(outcomes-1)) + ")"}
		}
		out[x]++
	}
	n := float64(len(observed))
	for i := range out {
		out[i] /= n
	}
	return out, nil
}

// Histogram returns the counts of data in the bins given by edges:
// bin i holds the values x with edges[i] ≤ x < edges[i+1], and the last bin
// also holds x = edges[len(edges)−1] (as NumPy does). It returns counts, not
// probabilities: Normalize them, or pass them to a measure with Counts (and
// Smooth, for PSI on sparse bins). Edges must be strictly increasing and may
// start at −Inf and end at +Inf to catch every value. A value outside the
// edges or NaN is an error rather than silently dropped.
func Histogram(data, edges []float64) []float64 { return mustSlice(TryHistogram(data, edges)) }

// TryHistogram is Histogram returning an *InputError instead of panicking.
func TryHistogram(data, edges []float64) ([]float64, error) {
	const fn = "Histogram"
	if len(edges) < 2 {
		return nil, argError(fn, "edges", "needs at least 2 entries (one bin), has %d", len(edges))
	}
	for i, e := range edges {
		if math.IsNaN(e) {
			return nil, entryError(fn, "edges", i, e, "is not a number")
		}
		if i > 0 && !(e > edges[i-1]) {
			return nil, entryError(fn, "edges", i, e, "is not greater than edges["+formatValue(float64(i-1))+"] = "+formatValue(edges[i-1])+": edges must increase")
		}
	}
	last := len(edges) - 1
	out := make([]float64, last)
	for k, x := range data {
		if math.IsNaN(x) {
			return nil, entryError(fn, "data", k, x, "is not a number")
		}
		if x < edges[0] || x > edges[last] {
			return nil, entryError(fn, "data", k, x, "is outside the edges ["+formatValue(edges[0])+", "+formatValue(edges[last])+"]")
		}
		// The bin is the last edge ≤ x, with x = the last edge in the last bin.
		i := sort.Search(len(edges), func(j int) bool { return edges[j] > x }) - 1
		if i == last {
			i--
		}
		out[i]++
	}
	return out, nil
}

func mustSlice(x []float64, err error) []float64 {
	if err != nil {
		panic(err)
	}
	return x
}
