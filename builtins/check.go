package builtins

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Verdict is what Check says of a learner's answer.
type Verdict struct {
	Measure string  // what was asked: "KL(P‖Q)"
	Answer  float64 // the learner's number
	Want    float64 // the right one
	OK      bool    // the answer is right, to the tolerance
	Unit    string  // the unit of Want and Answer: "nats", "bits", "hartleys"; "" for the JS distance
	Mistake string  // the classic mistake recognised, or "" (right, or not recognised)
	// Mistakes lists every classic mistake that gives the answer, Mistake
	// first: on some inputs two of them give the same number.
	Mistakes []string
	Hint     string // the mistake and the right value, or (no mistake recognised) how to look for it
}

// String is the verdict as a worksheet shows it:
//
//	✓ KL(P‖Q) = 0.03048 nats — right
//	✗ 0.03238 is not KL(P‖Q). 0.03238 is KL(P‖Q) with P and Q swapped: … KL(P‖Q) = 0.03048 nats.
func (v Verdict) String() string {
	if v.OK {
		return fmt.Sprintf("✓ %s = %.4g%s — right", v.Measure, v.Want, withSpace(unitOf(v.Want, v.Unit)))
	}
	return wrapWords(fmt.Sprintf("✗ %.4g is not %s. %s", v.Answer, v.Measure, v.Hint), verdictWidth)
}

// verdictWidth is the most characters on a line of a verdict: a terminal
// of 80 columns then breaks it between words, not inside one.
const verdictWidth = 78

// wrapWords breaks text into lines of at most width characters between
// words (a longer word has a line of its own); lines after the first are
// indented by two spaces.
func wrapWords(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		l := utf8.RuneCountInString(w)
		switch {
		case i == 0:
		case n+1+l > width:
			b.WriteString("\n  ")
			n = 2
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

// CheckMIMEType is the MIME type of the machine-readable part of a
// Verdict's display bundle (see SimpleRender).
const CheckMIMEType = "application/vnd.divergo.check+json"

// SimpleRender is the verdict's display bundle, for the session and
// Jupyter: text/plain is String, and CheckMIMEType holds the verdict for
// programs — "measure" (Measure), "unit", "answer" (a number, or the string
// "+Inf" or "-Inf"), "verdict" ("right" or "wrong"), "mistake" (Mistake,
// "" when none is recognised) and "mistakes" (Mistakes; left out when
// there are none). The right value is left out, as the text leaves it out
// when no mistake is recognised: a worksheet saved with its outputs keeps
// its answers hidden. divergo grade reads these bundles. A MIMEMap is a
// map[string]any, so Verdict satisfies display.SimpleRenderer without
// importing display.
func (v Verdict) SimpleRender() map[string]any {
	var answer any = v.Answer
	if math.IsInf(v.Answer, 0) {
		answer = strconv.FormatFloat(v.Answer, 'g', -1, 64)
	}
	verdict := "wrong"
	if v.OK {
		verdict = "right"
	}
	part := map[string]any{"measure": v.Measure, "unit": v.Unit, "answer": answer, "verdict": verdict, "mistake": v.Mistake}
	if len(v.Mistakes) > 0 {
		mistakes := make([]any, len(v.Mistakes))
		for i, m := range v.Mistakes {
			mistakes[i] = m
		}
		part["mistakes"] = mistakes
	}
	return map[string]any{"text/plain": v.String(), CheckMIMEType: part}
}

// checkRelTol is how close an answer must be to count as right: relative
// 0.5%, so that an answer rounded to three significant digits passes.
const checkRelTol = 5e-3

// Check compares a learner's answer with the right value of a measure of p
// and q, and when it is wrong, names the classic mistake it matches:
//
//   - the arguments swapped (KL(Q‖P) given for KL(P‖Q));
//   - the wrong logarithm (bits for nats, nats for bits, base 10);
//   - counts not normalised (the formula applied to raw counts);
//   - the mean (or the sum) of KL(P‖Q) and KL(Q‖P) given for the
//     Jensen–Shannon divergence — the seed-002 blog's "JSD";
//   - the JS distance given for the divergence, or the divergence for the
//     distance;
//   - the cross-entropy given for KL, or KL for the cross-entropy;
//   - the entropy of the other distribution;
//   - the sign flipped (−KL for KL);
//   - one KL given for the Jeffreys divergence (which adds both);
//   - the infinite terms of KL or the cross-entropy dropped (q = 0 where
//     p > 0 makes the whole sum +∞);
//   - the answer rounded to one or two significant digits (the seed-002
//     blog's 0.01 for 0.010068), which the 0.5% tolerance does not pass.
//
// measure is one of "Entropy" (of p; q may be nil), "CrossEntropy", "KL",
// "JS", "JSDistance", "Jeffreys"; unit is the unit the question asks for.
// p and q are as the learner was given them: probabilities, or counts when
// the question gives counts (pass Counts among opts to say the right answer
// normalises them). An answer within 0.5% of the right value passes;
// Tolerance(t) among opts does not change that: as for the measures, it is
// how far p and q may be from summing to 1.
//
// P and Q in the verdict name the arguments by position: for a question
// about KL(Q‖P), pass q first, and the verdict calls it P.
func Check(measure string, answer float64, p, q []float64, opts ...Option) Verdict {
	v, err := TryCheck(measure, answer, p, q, opts...)
	if err != nil {
		panic(err)
	}
	return v
}

// TryCheck is Check returning an *InputError instead of panicking.
func TryCheck(measure string, answer float64, p, q []float64, opts ...Option) (Verdict, error) {
	const fn = "Check"
	c, err := readOptions(fn, useUnit|useInput|useTolerance, opts)
	if err != nil {
		return Verdict{}, err
	}
	f, ok := checkMeasures[measure]
	if !ok {
		return Verdict{}, callError(fn, "unknown measure %q; use Entropy, CrossEntropy, KL, JS, JSDistance or Jeffreys", measure)
	}
	if math.IsNaN(answer) {
		return Verdict{}, scalarError(fn, "answer", answer, "is not a number")
	}
	input := Probabilities
	if c.counts {
		input = Counts
	}
	want, err := f.value(p, q, c.unit, input)
	if err != nil {
		return Verdict{}, renamed(err, fn)
	}
	unit := c.unit.String()
	if measure == "JSDistance" {
		unit = "" // the square root of a divergence: no unit of information
	}
	v := Verdict{Measure: f.name, Answer: answer, Want: want, Unit: unit}
	if close(answer, want) {
		v.OK = true
		return v, nil
	}
	// Try each classic mistake; the first that gives the answer is named.
	for _, m := range mistakes {
		alt, ok := m.value(measure, p, q, c.unit, input)
		if !ok || !close(answer, alt) || close(alt, want) {
			continue
		}
		if v.Mistake == "" {
			v.Mistake = m.name
			v.Hint = fmt.Sprintf("%.4g is %s: %s %s = %.4g%s.", answer, m.what(f.name, c.unit, m.label), m.what(f.name, c.unit, m.why), f.name, want, withSpace(unitOf(want, unit)))
		}
		if len(v.Mistakes) == 0 || v.Mistakes[len(v.Mistakes)-1] != m.name {
			v.Mistakes = append(v.Mistakes, m.name)
		}
	}
	if v.Mistake != "" {
		return v, nil
	}
	// Not a mistake it knows: the right value stays hidden (it is in Want),
	// so that a worksheet does not give its answers away.
	v.Hint = fmt.Sprintf("Write %s out term by term (Explain…) to find the step that differs.", f.name)
	return v, nil
}

// unitOf is the unit as written after the value x shown to four digits:
// singular for 1 ("1 bit"), plural otherwise ("0.5 bits").
func unitOf(x float64, unit string) string {
	if fmt.Sprintf("%.4g", x) == "1" {
		return strings.TrimSuffix(unit, "s")
	}
	return unit
}

// withSpace is " "+s, or "" for an empty s.
func withSpace(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

func close(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= checkRelTol*math.Max(math.Abs(b), 1e-12)
}

type checkMeasure struct {
	name  string
	value func(p, q []float64, u Unit, in Input) (float64, error)
}

var checkMeasures = map[string]checkMeasure{
	"Entropy": {"H(P)", func(p, _ []float64, u Unit, in Input) (float64, error) { return TryEntropy(p, u, in) }},
	"CrossEntropy": {"H(P,Q)", func(p, q []float64, u Unit, in Input) (float64, error) {
		return TryCrossEntropy(p, q, u, in)
	}},
	"KL":         {"KL(P‖Q)", func(p, q []float64, u Unit, in Input) (float64, error) { return TryKL(p, q, u, in) }},
	"JS":         {"JS(P,Q)", func(p, q []float64, u Unit, in Input) (float64, error) { return TryJS(p, q, u, in) }},
	"JSDistance": {"the JS distance", func(p, q []float64, u Unit, in Input) (float64, error) { return TryJSDistance(p, q, u, in) }},
	"Jeffreys":   {"J(P,Q)", func(p, q []float64, u Unit, in Input) (float64, error) { return TryJeffreys(p, q, u, in) }},
}

// mistake is one classic error: the value a learner gets by making it.
type mistake struct {
	name  string
	label string // what the wrong number is, with %s for the unit
	why   string // the fix, as the start of a sentence ending in "<measure> = x unit"
	value func(measure string, p, q []float64, u Unit, in Input) (float64, bool)
}

// what fills in a label or a fix: %m is the measure, %u the unit asked for.
func (m mistake) what(measure string, u Unit, text string) string {
	return strings.ReplaceAll(strings.ReplaceAll(text, "%m", measure), "%u", u.String())
}

// measureOf computes a measure, reporting false on any error.
func measureOf(measure string, p, q []float64, u Unit, in Input) (float64, bool) {
	f, ok := checkMeasures[measure]
	if !ok {
		return 0, false
	}
	v, err := f.value(p, q, u, in)
	return v, err == nil
}

var mistakes = append(wrongLogarithms(), []mistake{
	{name: "swapped arguments", label: "%m with P and Q swapped", why: "the first argument is the distribution the expectation is over;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m == "Entropy" || m == "JS" || m == "JSDistance" || m == "Jeffreys" {
				return 0, false // symmetric, or one argument
			}
			return measureOf(m, q, p, u, in)
		}},
	{name: "counts not normalised", label: "the formula applied to raw counts", why: "divide each count by its total first;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if in != Counts {
				return 0, false
			}
			return rawFormula(m, p, q, u)
		}},
	{name: "mean of the two KLs", label: "(KL(P‖Q) + KL(Q‖P))/2, half the Jeffreys divergence, not JS", why: "JS compares each distribution with their mixture M = (P+Q)/2;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "JS" && m != "JSDistance" {
				return 0, false
			}
			j, ok := measureOf("Jeffreys", p, q, u, in)
			return j / 2, ok
		}},
	{name: "sum of the two KLs", label: "KL(P‖Q) + KL(Q‖P), the Jeffreys divergence, not JS", why: "JS compares each distribution with their mixture M = (P+Q)/2;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "JS" && m != "JSDistance" {
				return 0, false
			}
			return measureOf("Jeffreys", p, q, u, in)
		}},
	{name: "distance for divergence", label: "the JS distance √JS, not the divergence", why: "the divergence is the square of the distance;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "JS" {
				return 0, false
			}
			return measureOf("JSDistance", p, q, u, in)
		}},
	{name: "divergence for distance", label: "the JS divergence, not the distance √JS", why: "the distance is the square root of the divergence;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "JSDistance" {
				return 0, false
			}
			return measureOf("JS", p, q, u, in)
		}},
	{name: "cross-entropy for KL", label: "the cross-entropy H(P,Q), not KL", why: "KL = H(P,Q) − H(P): subtract the entropy;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "KL" {
				return 0, false
			}
			return measureOf("CrossEntropy", p, q, u, in)
		}},
	{name: "KL for cross-entropy", label: "KL(P‖Q), not the cross-entropy", why: "H(P,Q) = H(P) + KL(P‖Q): add the entropy;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "CrossEntropy" {
				return 0, false
			}
			return measureOf("KL", p, q, u, in)
		}},
	{name: "entropy of the other distribution", label: "the entropy of Q", why: "the question asks for the entropy of P;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "Entropy" || len(q) == 0 {
				return 0, false
			}
			return measureOf("Entropy", q, nil, u, in)
		}},
	{name: "sign flipped", label: "%m with its sign flipped", why: "the minus sign belongs to the formula (−Σ p·log p, or the ratio p/q and not q/p inside the log);",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			v, ok := measureOf(m, p, q, u, in)
			return -v, ok && v != 0
		}},
	{name: "one KL for Jeffreys", label: "KL(P‖Q) alone, one of its two directions", why: "the Jeffreys divergence adds both, KL(P‖Q) + KL(Q‖P);",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "Jeffreys" {
				return 0, false
			}
			return measureOf("KL", p, q, u, in)
		}},
	{name: "one KL for Jeffreys", label: "KL(Q‖P) alone, one of its two directions", why: "the Jeffreys divergence adds both, KL(P‖Q) + KL(Q‖P);",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if m != "Jeffreys" {
				return 0, false
			}
			return measureOf("KL", q, p, u, in)
		}},
	{name: "infinite term dropped", label: "%m without its infinite terms", why: "a term with p > 0 where q = 0 is +∞, and so is the whole sum (InfiniteTerms lists those outcomes);",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			if (m != "KL" && m != "CrossEntropy") || len(InfiniteTerms(p, q)) == 0 {
				return 0, false
			}
			// The sum over the outcomes where q > 0, the probabilities
			// normalised as the measure would.
			pp, qq := p, q
			if in == Counts {
				pp, qq = Normalize(p), Normalize(q)
			}
			var keepP, keepQ []float64
			for i := range pp {
				if qq[i] > 0 {
					keepP, keepQ = append(keepP, pp[i]), append(keepQ, qq[i])
				}
			}
			s := 0.0
			for i, x := range keepP {
				if x > 0 {
					if m == "KL" {
						s += x * math.Log(x/keepQ[i])
					} else {
						s -= x * math.Log(keepQ[i])
					}
				}
			}
			// A zero sum is also a blank answer: naming it would give the
			// worksheet's answer away.
			return u.fromNats(s), s != 0
		}},
	roundedTo(1), roundedTo(2),
}...)

// roundedTo is the mistake of rounding the answer to digits significant
// digits, too few for the 0.5% tolerance.
func roundedTo(digits int) mistake {
	return mistake{name: "rounded too far", label: "%m rounded to " + strconv.Itoa(digits) + " significant digit" + map[bool]string{true: "", false: "s"}[digits == 1],
		why: "give at least three significant digits;",
		value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
			v, ok := measureOf(m, p, q, u, in)
			if !ok || v == 0 || math.IsInf(v, 0) {
				return 0, false
			}
			r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', digits, 64), 64)
			return r, err == nil
		}}
}

// wrongLogarithms are the mistakes of the logarithm: the right measure in
// each of the other units.
func wrongLogarithms() []mistake {
	var out []mistake
	for _, other := range []Unit{Nats, Bits, Hartleys} {
		out = append(out, mistake{
			name:  "wrong logarithm",
			label: "%m in " + other.String(),
			why:   "the question asks for %u, and the base of the logarithm sets the unit;",
			value: func(m string, p, q []float64, u Unit, in Input) (float64, bool) {
				if other == u {
					return 0, false
				}
				return measureOf(m, p, q, other, in)
			},
		})
	}
	return out
}

// rawFormula applies a measure's formula to unnormalised counts, as a
// learner who forgets to normalise does: Σ c·log(c/d) for KL, −Σ c·log c for
// the entropy, and so on.
func rawFormula(m string, c, d []float64, u Unit) (float64, bool) {
	if len(c) == 0 || m != "Entropy" && len(c) != len(d) {
		return 0, false
	}
	s := 0.0
	for i, x := range c {
		switch m {
		case "Entropy":
			if x > 0 {
				s -= x * math.Log(x)
			}
		case "CrossEntropy":
			if x > 0 {
				s -= x * math.Log(d[i])
			}
		case "KL":
			if x > 0 {
				s += x * math.Log(x/d[i])
			}
		default:
			return 0, false
		}
	}
	return u.fromNats(s), !math.IsNaN(s) && !math.IsInf(s, 0)
}
