package builtins_test

import (
	"errors"
	"math"
	"testing"

	. "github.com/divergo/divergo/builtins"
)

var (
	nan = math.NaN()
	inf = math.Inf(1)
)

// Every kind of bad input, with the exact message a user sees.
func TestInputErrors(t *testing.T) {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	cases := []struct {
		call func() error
		want string
	}{
		{func() error { _, err := TryKL(nil, q); return err }, "KL: p is empty"},
		{func() error { _, err := TryKL(p, []float64{}); return err }, "KL: q is empty"},
		{func() error { _, err := TryKL(p, []float64{0.5, 0.5}); return err }, "KL: p and q differ in length (3 and 2)"},
		{func() error { _, err := TryKL(p, []float64{0.3, 0.8, -0.1}); return err }, "KL: q[2] = -0.1 is negative"},
		{func() error { _, err := TryKL([]float64{0.2, nan, 0.3}, q); return err }, "KL: p[1] = NaN is not a number"},
		{func() error { _, err := TryKL([]float64{inf, 0, 0}, q); return err }, "KL: p[0] = +Inf is infinite"},
		{func() error { _, err := TryKL([]float64{2, 5, 3}, q); return err }, "KL: p[0] = 2 is greater than 1; pass Counts if these are counts"},
		{func() error { _, err := TryKL([]float64{0.2, 0.5, 0.2}, q); return err },
			"KL: p sums to 0.9, not 1 (tolerance 1e-09); pass Counts if these are counts, or Normalize(p)"},
		{func() error { _, err := TryEntropy([]float64{0.33, 0.33, 0.33}); return err },
			"Entropy: p sums to 0.99, not 1 (tolerance 1e-09); pass Counts if these are counts, or Normalize(p)"},
		{func() error { _, err := TryKL(p, q, Bits, Nats); return err }, "KL: options bits and nats conflict; give one"},
		{func() error { _, err := TryKL(p, q, Unit(7)); return err }, "KL: unknown unit Unit(7); use Nats, Bits or Hartleys"},
		{func() error { _, err := TryKL(p, q, Input(3)); return err }, "KL: unknown input kind Input(3); use Probabilities or Counts"},
		{func() error { _, err := TryKL(p, q, nil); return err }, "KL: option 1 is nil"},
		{func() error { _, err := TryKL(p, q, Smooth(-1)); return err }, "KL: Smooth(-1): the pseudocount must be positive and finite"},
		{func() error { _, err := TryKL(p, q, Tolerance(nan)); return err }, "KL: Tolerance(NaN): the tolerance must be non-negative and finite"},
		{func() error { _, err := TryTotalVariation(p, q, Bits); return err }, "TotalVariation: option bits does not apply: the result has no unit"},
		{func() error { _, err := TryPerplexity(p, Hartleys); return err }, "Perplexity: option hartleys does not apply: the result has no unit"},
		{func() error { _, err := TryKL([]float64{0, 0, 0}, q, Counts); return err }, "KL: p has no positive entry: counts must not all be zero"},
		{func() error { _, err := TryKL([]float64{1, -1, 3}, q, Counts); return err }, "KL: p[1] = -1 is negative"},
		{func() error { _, err := TryInformationContent(1.5); return err }, "InformationContent: p = 1.5 is greater than 1"},
		{func() error { _, err := TryBinaryEntropy(-0.5, Bits); return err }, "BinaryEntropy: p = -0.5 is negative"},
		{func() error { _, err := TryNLL(q, []int{0, 3}); return err }, "NLL: observed[1] = 3 is not an outcome of q (0 … 2)"},
		{func() error { _, err := TryNLL(q, nil); return err }, "NLL: observed is empty"},
		{func() error { _, err := TryEmpirical([]int{0, -1}, 2); return err }, "Empirical: observed[1] = -1 is not an outcome (0 … 1)"},
		{func() error { _, err := TryEmpirical([]int{0}, 0); return err }, "Empirical: outcomes = 0 is not positive"},
		{func() error { _, err := TryNormalize([]float64{0, 0}); return err }, "Normalize: x has no positive entry: counts must not all be zero"},
		{func() error { _, err := TryNormalize(nil); return err }, "Normalize: x is empty"},
		{func() error { _, err := TrySmoothed([]float64{1, 2}, 0); return err }, "Smoothed: Smooth(0): the pseudocount must be positive and finite"},
		{func() error { _, err := TryHistogram([]float64{1, 11}, []float64{0, 5, 10}); return err }, "Histogram: data[1] = 11 is outside the edges [0, 10]"},
		{func() error { _, err := TryHistogram([]float64{1}, []float64{0, 5, 5}); return err },
			"Histogram: edges[2] = 5 is not greater than edges[1] = 5: edges must increase"},
		{func() error { _, err := TryHistogram([]float64{1}, []float64{0}); return err }, "Histogram: edges needs at least 2 entries (one bin), has 1"},
		{func() error { _, err := TryJointEntropy([][]float64{{0.5, 0.5}, {0}}); return err },
			"JointEntropy: joint[1] has 1 entries, but joint[0] has 2: rows must have one length"},
		{func() error { _, err := TryMutualInformation([][]float64{{0.25, 0.25}, {0.25, -0.25}}); return err }, "MutualInformation: joint[1][1] = -0.25 is negative"},
		{func() error { _, err := TryConditionalEntropy([][]float64{{0.25, 0.25}, {0.25, 0.2}}); return err },
			"ConditionalEntropy: joint sums to 0.95, not 1 (tolerance 1e-09); pass Counts if these are counts, or Normalize(joint)"},
		{func() error { _, err := TryJointEntropy(nil); return err }, "JointEntropy: joint is empty"},
		{func() error { _, err := TryExplainKL(p, []float64{1}); return err }, "ExplainKL: p and q differ in length (3 and 1)"},
		{func() error { _, err := TryConvertUnit(1, Bits, Unit(-1)); return err }, "ConvertUnit: unknown unit Unit(-1); use Nats, Bits or Hartleys"},
	}
	for _, c := range cases {
		err := c.call()
		var ie *InputError
		switch {
		case err == nil:
			t.Errorf("no error, want %q", c.want)
		case !errors.As(err, &ie):
			t.Errorf("error %q is a %T, not an *InputError", err, err)
		case err.Error() != c.want:
			t.Errorf("error\n  %s\nwant\n  %s", err, c.want)
		}
	}
}

// The interactive forms panic with the same *InputError.
func TestInteractiveFormsPanicWithInputError(t *testing.T) {
	calls := map[string]func(){
		"KL":                  func() { KL([]float64{1}, []float64{0.5}) },
		"Entropy":             func() { Entropy(nil) },
		"JS":                  func() { JS([]float64{-1}, []float64{1}) },
		"JSDistance":          func() { JSDistance([]float64{1}, []float64{1, 0}) },
		"Jeffreys":            func() { Jeffreys([]float64{1}, []float64{nan}) },
		"CrossEntropy":        func() { CrossEntropy([]float64{1}, []float64{2}) },
		"Hellinger":           func() { Hellinger([]float64{1}, []float64{2}) },
		"TotalVariation":      func() { TotalVariation([]float64{1}, nil) },
		"PSI":                 func() { PSI(nil, nil) },
		"Perplexity":          func() { Perplexity([]float64{0.5}) },
		"NLL":                 func() { NLL([]float64{1}, []int{1}) },
		"Normalize":           func() { Normalize([]float64{-1}) },
		"Empirical":           func() { Empirical(nil, 1) },
		"Histogram":           func() { Histogram(nil, nil) },
		"InformationContent":  func() { InformationContent(nan) },
		"BinaryEntropy":       func() { BinaryEntropy(2) },
		"JointEntropy":        func() { JointEntropy([][]float64{{2}}) },
		"ExplainKL":           func() { ExplainKL(nil, nil) },
		"ExplainJS":           func() { ExplainJS(nil, nil) },
		"ExplainEntropy":      func() { ExplainEntropy(nil) },
		"ExplainCrossEntropy": func() { ExplainCrossEntropy(nil, nil) },
		"InfiniteTerms":       func() { InfiniteTerms(nil, nil) },
		"ConvertUnit":         func() { ConvertUnit(1, Unit(9), Bits) },
	}
	for name, call := range calls {
		func() {
			defer func() {
				r := recover()
				ie, ok := r.(*InputError)
				if !ok {
					t.Errorf("%s panicked with %T (%v), want *InputError", name, r, r)
					return
				}
				if ie.Func != name {
					t.Errorf("%s's error names %q: %v", name, ie.Func, ie)
				}
			}()
			call()
		}()
	}
}

// Found by FuzzMeasures: counts whose total overflows.
func TestCountsTooLarge(t *testing.T) {
	_, err := TryHellinger([]float64{1e308, 1e308}, []float64{0, 1}, Counts)
	if err == nil || err.Error() != "Hellinger: p sums beyond the largest float64: the counts are too large to add up" {
		t.Errorf("got %v", err)
	}
	_, err = TryJointEntropy([][]float64{{1e308}, {1e308}}, Counts)
	if err == nil {
		t.Error("JointEntropy accepted counts that overflow")
	}
}
