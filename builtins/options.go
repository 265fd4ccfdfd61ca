package builtins

import (
	"fmt"
	"math"
)

// Option adjusts one call of a measure. Options trail the distributions:
//
//	KL(p, q, Bits)                  // the unit
//	KL(counts1, counts2, Counts)    // the arguments are counts: normalise each
//	KL(p, q, Smooth(0.5))           // add a pseudocount to every entry first
//	KL(p, q, Tolerance(1e-6))       // accept sums within 1e-6 of 1
//
// The options are Nats, Bits, Hartleys (type Unit), Probabilities and Counts
// (type Input), Smooth (type Smoothing) and Tolerance. Two options of one
// kind in one call, an option a measure has no use for (a unit for a
// unitless distance) and an invalid value are all input errors.
type Option interface {
	optionName() string
}

// Unit is the unit of an information quantity: the base of its logarithm.
type Unit int

const (
	Nats     Unit = iota // natural logarithm, the default
	Bits                 // logarithm to base 2 (shannons)
	Hartleys             // logarithm to base 10 (bans, dits)
)

// String returns the unit's name as results are printed: "nats", "bits",
// "hartleys".
func (u Unit) String() string {
	switch u {
	case Nats:
		return "nats"
	case Bits:
		return "bits"
	case Hartleys:
		return "hartleys"
	}
	return fmt.Sprintf("Unit(%d)", int(u))
}

// Base returns the base of the unit's logarithm: e, 2 or 10 (NaN for an
// unknown unit).
func (u Unit) Base() float64 {
	switch u {
	case Nats:
		return math.E
	case Bits:
		return 2
	case Hartleys:
		return 10
	}
	return math.NaN()
}

// perNat is the size of one nat in the unit: x nats = x·perNat(u) units.
func (u Unit) perNat() float64 {
	switch u {
	case Bits:
		return 1 / math.Ln2
	case Hartleys:
		return 1 / math.Ln10
	}
	return 1
}

// fromNats converts a value in nats to u, dividing by ln(base) as SciPy does.
func (u Unit) fromNats(x float64) float64 {
	switch u {
	case Bits:
		return x / math.Ln2
	case Hartleys:
		return x / math.Ln10
	}
	return x
}

func (u Unit) valid() bool { return u >= Nats && u <= Hartleys }

func (u Unit) optionName() string { return u.String() }

// ConvertUnit converts an information quantity x from one unit to another:
// x·ln(base_from)/ln(base_to). ConvertUnit(1, Bits, Nats) = ln 2.
// It panics with an *InputError for an unknown unit.
func ConvertUnit(x float64, from, to Unit) float64 { return must(TryConvertUnit(x, from, to)) }

// TryConvertUnit is ConvertUnit returning an error instead of panicking.
func TryConvertUnit(x float64, from, to Unit) (float64, error) {
	for _, u := range []Unit{from, to} {
		if !u.valid() {
			return 0, callError("ConvertUnit", "unknown unit %v; use Nats, Bits or Hartleys", u)
		}
	}
	if from == to {
		return x, nil
	}
	return to.fromNats(x / from.perNat()), nil
}

// ToBits converts nats to bits: x / ln 2.
func ToBits(nats float64) float64 { return nats / math.Ln2 }

// ToNats converts bits to nats: x · ln 2.
func ToNats(bits float64) float64 { return bits * math.Ln2 }

// Input says what the numbers passed to a measure are.
type Input int

const (
	// Probabilities: entries in [0, 1] that sum to 1 within the tolerance
	// (SumTolerance unless a Tolerance option is given). The default.
	Probabilities Input = iota
	// Counts: non-negative finite weights with a positive sum; each argument
	// is divided by its own sum before the measure is taken.
	Counts
)

func (in Input) String() string {
	switch in {
	case Probabilities:
		return "Probabilities"
	case Counts:
		return "Counts"
	}
	return fmt.Sprintf("Input(%d)", int(in))
}

func (in Input) optionName() string { return in.String() }

// Smoothing is the option made by Smooth.
type Smoothing struct {
	Alpha float64 // the pseudocount added to every entry
}

// Smooth returns the option of additive (Laplace, Lidstone) smoothing: every
// entry x_i of an argument of n entries becomes (x_i + α)/(Σx + n·α), for
// probabilities and counts alike, so no entry is zero and no term infinite.
// α must be positive and finite; α = 1 is Laplace's rule, α = 0.5 Jeffreys'.
func Smooth(alpha float64) Smoothing { return Smoothing{Alpha: alpha} }

func (s Smoothing) String() string { return "Smooth(" + formatValue(s.Alpha) + ")" }

func (s Smoothing) optionName() string { return s.String() }

// Tolerance is the option that sets how far from 1 the sum of a probability
// vector may be: |Σp − 1| ≤ t. The default is SumTolerance.
type Tolerance float64

func (t Tolerance) String() string { return "Tolerance(" + formatValue(float64(t)) + ")" }

func (t Tolerance) optionName() string { return t.String() }

// SumTolerance is the default tolerance on the sum of a probability vector:
// |Σp − 1| ≤ 1e-9. It accepts every float64 distribution normalised by a
// division, and rejects hand-typed vectors that are off by a rounding digit
// (0.33, 0.33, 0.33); pass Counts, call Normalize, or give a Tolerance.
const SumTolerance = 1e-9

// uses says which options a function accepts.
type uses int

const (
	useUnit uses = 1 << iota
	useInput
	useSmooth
	useTolerance

	useAll = useUnit | useInput | useSmooth | useTolerance
)

// config is the result of reading a call's options.
type config struct {
	unit   Unit
	counts bool
	smooth bool
	alpha  float64
	tol    float64
}

// readOptions checks a call's options against what the function accepts.
// what names the kind of quantity for the message about a misplaced unit.
func readOptions(fn string, accepts uses, opts []Option) (config, error) {
	c := config{unit: Nats, tol: SumTolerance}
	var seen [4]Option // one slot per kind: unit, input, smoothing, tolerance
	for i, o := range opts {
		var slot int
		var needs uses
		switch v := o.(type) {
		case nil:
			return c, callError(fn, "option %d is nil", i+1)
		case Unit:
			if !v.valid() {
				return c, callError(fn, "unknown unit %v; use Nats, Bits or Hartleys", v)
			}
			slot, needs = 0, useUnit
			c.unit = v
		case Input:
			if v != Probabilities && v != Counts {
				return c, callError(fn, "unknown input kind %v; use Probabilities or Counts", v)
			}
			slot, needs = 1, useInput
			c.counts = v == Counts
		case Smoothing:
			if !(v.Alpha > 0) || math.IsInf(v.Alpha, 0) {
				return c, callError(fn, "%v: the pseudocount must be positive and finite", v)
			}
			slot, needs = 2, useSmooth
			c.smooth, c.alpha = true, v.Alpha
		case Tolerance:
			if !(v >= 0) || math.IsInf(float64(v), 0) {
				return c, callError(fn, "%v: the tolerance must be non-negative and finite", v)
			}
			slot, needs = 3, useTolerance
			c.tol = float64(v)
		default:
			return c, callError(fn, "unknown option %v (%T)", o, o)
		}
		if accepts&needs == 0 {
			if needs == useUnit {
				return c, callError(fn, "option %s does not apply: the result has no unit", o.optionName())
			}
			return c, callError(fn, "option %s does not apply here", o.optionName())
		}
		if prev := seen[slot]; prev != nil {
			return c, callError(fn, "options %s and %s conflict; give one", prev.optionName(), o.optionName())
		}
		seen[slot] = o
	}
	return c, nil
}
