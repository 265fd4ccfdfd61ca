package builtins

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Breakdown is a measure taken apart outcome by outcome: what the Explain
// functions return. It is plain data (the session renders it as a table);
// String gives a readable text, Formula the sum with the numbers written in,
// the way one works it by hand, and LaTeX the same for notebooks.
type Breakdown struct {
	Measure string // the measure as written: "KL(P‖Q)"
	Func    string // the builtin: "KL"
	Unit    Unit
	Rows    []Term
	Total   float64 // the measure: the sum of the terms (JS: half of it)
	// Labels name the outcomes (Labels[i] is outcome i's), set by
	// Outcomes; nil: the outcomes show as their indices.
	Labels []string
}

// Outcomes returns the breakdown with its outcomes named by labels, shown in
// its table instead of the indices 0, 1, …:
//
//	ExplainKL(p, q).Outcomes("desktop", "mobile", "tablet")
//
// It panics with an *InputError when the number of labels is not the number
// of outcomes; TryOutcomes returns it.
func (b Breakdown) Outcomes(labels ...string) Breakdown {
	return mustBreakdown(b.TryOutcomes(labels...))
}

// TryOutcomes is Outcomes returning an *InputError instead of panicking.
func (b Breakdown) TryOutcomes(labels ...string) (Breakdown, error) {
	if len(labels) != len(b.Rows) {
		return b, callError("Breakdown.Outcomes", "labels: %d given for %d outcomes; give one per outcome", len(labels), len(b.Rows))
	}
	b.Labels = append([]string(nil), labels...)
	return b, nil
}

// OutcomeName is how outcome i shows: its label, or its index.
func (b Breakdown) OutcomeName(i int) string {
	if i >= 0 && i < len(b.Labels) {
		return b.Labels[i]
	}
	return strconv.Itoa(i)
}

// Term is one outcome's contribution to a Breakdown.
type Term struct {
	Outcome int     // the index of the outcome
	P, Q    float64 // the probabilities (Q is 0 for Entropy, M for JS's rows)
	Term    float64 // the outcome's term, in the breakdown's unit
	Share   float64 // Term/Total; see the Explain functions for 0 and +Inf totals
}

// ExplainEntropy returns the breakdown of H(P) = −Σ pᵢ·log pᵢ: one row per
// outcome with the term −pᵢ·log pᵢ and its share of the total. Shares are 0
// when the total is 0. Options as for Entropy.
//
//	ExplainEntropy([]float64{0.5, 0.25, 0.25}, Bits).Formula()
//	  = "−(0.5×log₂(0.5) + 0.25×log₂(0.25) + 0.25×log₂(0.25)) = 1.5"
func ExplainEntropy(p []float64, opts ...Option) Breakdown {
	return mustBreakdown(TryExplainEntropy(p, opts...))
}

// TryExplainEntropy is ExplainEntropy returning an *InputError instead of panicking.
func TryExplainEntropy(p []float64, opts ...Option) (Breakdown, error) {
	const fn = "ExplainEntropy"
	total, err := TryEntropy(p, opts...)
	if err != nil {
		return Breakdown{}, renamed(err, fn)
	}
	c, _ := readOptions(fn, useAll, opts)
	tp, _ := prepare(fn, "p", p, c)
	b := Breakdown{Measure: "H(P)", Func: "Entropy", Unit: c.unit, Total: total}
	for i, raw := range p {
		x := tp.apply(raw)
		t := 0.0
		if x > 0 {
			t = c.unit.fromNats(-x * math.Log(x))
		}
		b.Rows = append(b.Rows, Term{Outcome: i, P: x, Term: t})
	}
	b.share()
	return b, nil
}

// ExplainCrossEntropy returns the breakdown of H(P, Q) = −Σ pᵢ·log qᵢ, one
// row per outcome. With an infinite total the rows with pᵢ > 0 = qᵢ have
// term +Inf and share 1, the others share 0. Options as for CrossEntropy.
func ExplainCrossEntropy(p, q []float64, opts ...Option) Breakdown {
	return mustBreakdown(TryExplainCrossEntropy(p, q, opts...))
}

// TryExplainCrossEntropy is ExplainCrossEntropy returning an *InputError instead of panicking.
func TryExplainCrossEntropy(p, q []float64, opts ...Option) (Breakdown, error) {
	return explainPair("ExplainCrossEntropy", "CrossEntropy", "H(P,Q)", p, q, opts, TryCrossEntropy,
		func(x, y float64) float64 {
			switch {
			case x == 0:
				return 0
			case y == 0:
				return math.Inf(1)
			}
			return -x * math.Log(y)
		})
}

// ExplainKL returns the breakdown of KL(P‖Q) = Σ pᵢ·log(pᵢ/qᵢ): one row per
// outcome with its term (negative where qᵢ > pᵢ) and its share of the total.
// Shares are 0 when the total is 0; with an infinite total the rows with
// pᵢ > 0 = qᵢ (InfiniteTerms) have term +Inf and share 1, the others share 0.
// Options as for KL.
//
//	ExplainKL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}).Formula()
//	  = "0.2×ln(0.2/0.3) + 0.5×ln(0.5/0.4) + 0.3×ln(0.3/0.3) = 0.0305"
func ExplainKL(p, q []float64, opts ...Option) Breakdown {
	return mustBreakdown(TryExplainKL(p, q, opts...))
}

// TryExplainKL is ExplainKL returning an *InputError instead of panicking.
func TryExplainKL(p, q []float64, opts ...Option) (Breakdown, error) {
	return explainPair("ExplainKL", "KL", "KL(P‖Q)", p, q, opts, TryKL,
		func(x, y float64) float64 {
			switch {
			case x == 0:
				return 0
			case y == 0:
				return math.Inf(1)
			}
			return x * math.Log(x/y)
		})
}

// ExplainJS returns the breakdown of JS(P, Q) = ½·KL(P‖M) + ½·KL(Q‖M) with
// M = (P + Q)/2: one row per outcome whose term is
// ½·pᵢ·log(pᵢ/mᵢ) + ½·qᵢ·log(qᵢ/mᵢ), which is never negative. Shares are 0
// when the total is 0. Options as for JS.
func ExplainJS(p, q []float64, opts ...Option) Breakdown {
	return mustBreakdown(TryExplainJS(p, q, opts...))
}

// TryExplainJS is ExplainJS returning an *InputError instead of panicking.
func TryExplainJS(p, q []float64, opts ...Option) (Breakdown, error) {
	return explainPair("ExplainJS", "JS", "JS(P,Q)", p, q, opts, TryJS,
		func(x, y float64) float64 {
			m := (x + y) / 2
			t := 0.0
			if x > 0 {
				t += x * math.Log(x/m)
			}
			if y > 0 {
				t += y * math.Log(y/m)
			}
			return t / 2
		})
}

func explainPair(fn, measureFn, measure string, p, q []float64, opts []Option,
	try func(p, q []float64, opts ...Option) (float64, error), term func(x, y float64) float64) (Breakdown, error) {
	total, err := try(p, q, opts...)
	if err != nil {
		return Breakdown{}, renamed(err, fn)
	}
	c, _ := readOptions(fn, useAll, opts)
	tp, _ := prepare(fn, "p", p, c)
	tq, _ := prepare(fn, "q", q, c)
	b := Breakdown{Measure: measure, Func: measureFn, Unit: c.unit, Total: total}
	for i := range p {
		x, y := tp.apply(p[i]), tq.apply(q[i])
		b.Rows = append(b.Rows, Term{Outcome: i, P: x, Q: y, Term: c.unit.fromNats(term(x, y))})
	}
	b.share()
	return b, nil
}

// renamed makes an error of the measure an error of the Explain function.
func renamed(err error, fn string) error {
	if e, ok := err.(*InputError); ok {
		c := *e
		c.Func = fn
		return &c
	}
	return err
}

func (b *Breakdown) share() {
	for i := range b.Rows {
		r := &b.Rows[i]
		switch {
		case math.IsInf(b.Total, 1):
			if math.IsInf(r.Term, 1) {
				r.Share = 1
			}
		case b.Total != 0:
			r.Share = r.Term / b.Total
		}
	}
}

func mustBreakdown(b Breakdown, err error) Breakdown {
	if err != nil {
		panic(err)
	}
	return b
}

// maxFormulaTerms is how many terms Formula and LaTeX write out; longer sums
// show the first and last few with an ellipsis.
const maxFormulaTerms = 8

// Formula returns the sum with the numbers written in, as worked by hand,
// and the total to three significant digits:
//
//	0.2×ln(0.2/0.3) + 0.5×ln(0.5/0.4) + 0.3×ln(0.3/0.3) = 0.0305
//
// Probabilities are written in Go's shortest form. Sums of more than eight
// terms show the first five and the last two around "…".
func (b Breakdown) Formula() string {
	return b.render(plainNotation)
}

// LaTeX returns Formula in LaTeX math (without delimiters):
//
//	0.2 \ln\frac{0.2}{0.3} + 0.5 \ln\frac{0.5}{0.4} + 0.3 \ln\frac{0.3}{0.3} = 0.0305
func (b Breakdown) LaTeX() string {
	return b.render(latexNotation)
}

type notation struct {
	log         func(u Unit) string           // "ln", "log₂", `\log_{2}`
	ratio       func(log, a, b string) string // a×ln(a/b)-style pieces
	times, dots string
	minus       string
	open, close string // brackets for −(…) and ½[…]
	half        string
}

var plainNotation = notation{
	log: func(u Unit) string {
		return map[Unit]string{Nats: "ln", Bits: "log₂", Hartleys: "log₁₀"}[u]
	},
	ratio: func(log, a, b string) string { return log + "(" + a + "/" + b + ")" },
	times: "×", dots: "…", minus: "−", open: "(", close: ")", half: "½",
}

var latexNotation = notation{
	log: func(u Unit) string {
		return map[Unit]string{Nats: `\ln`, Bits: `\log_2`, Hartleys: `\log_{10}`}[u]
	},
	ratio: func(log, a, b string) string { return log + `\frac{` + a + "}{" + b + "}" },
	times: " ", dots: `\cdots`, minus: "-", open: `\left(`, close: `\right)`, half: `\frac{1}{2}`,
}

func (b Breakdown) render(n notation) string {
	log := n.log(b.Unit)
	num := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	var terms []string
	for _, r := range b.Rows {
		p, q := num(r.P), num(r.Q)
		switch b.Func {
		case "Entropy":
			terms = append(terms, p+n.times+log+n.open+p+n.close)
		case "CrossEntropy":
			terms = append(terms, p+n.times+log+n.open+q+n.close)
		case "KL":
			terms = append(terms, p+n.times+n.ratio(log, p, q))
		case "JS":
			m := num((r.P + r.Q) / 2)
			terms = append(terms, n.half+n.open+p+n.times+n.ratio(log, p, m)+" + "+q+n.times+n.ratio(log, q, m)+n.close)
		}
	}
	if len(terms) > maxFormulaTerms {
		terms = append(append(terms[:5:5], n.dots), terms[len(terms)-2:]...)
	}
	sum := strings.Join(terms, " + ")
	if b.Func == "Entropy" || b.Func == "CrossEntropy" {
		sum = n.minus + n.open + sum + n.close
	}
	return sum + " = " + strconv.FormatFloat(b.Total, 'g', 3, 64)
}

// String returns the breakdown as a small text table with the formula:
//
//	KL(P‖Q) in nats = 0.030478754035472025
//	outcome  p    q    term                  share
//	0        0.2  0.3  -0.08109302162163289  -2.661
//	…
func (b Breakdown) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s in %s = %v\n", b.Measure, b.Unit, b.Total)
	header := []string{"outcome", "p", "q", "term", "share"}
	if b.Func == "Entropy" {
		header = []string{"outcome", "p", "term", "share"}
	}
	rows := [][]string{header}
	for _, r := range b.Rows {
		row := []string{b.OutcomeName(r.Outcome), fmt.Sprint(r.P)}
		if b.Func != "Entropy" {
			row = append(row, fmt.Sprint(r.Q))
		}
		row = append(row, fmt.Sprint(r.Term), strconv.FormatFloat(r.Share, 'f', 4, 64))
		rows = append(rows, row)
	}
	widths := make([]int, len(header))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len([]rune(cell)))
		}
	}
	for _, row := range rows {
		for i, cell := range row {
			if i < len(row)-1 {
				cell += strings.Repeat(" ", widths[i]-len([]rune(cell))+2)
			}
			sb.WriteString(cell)
		}
		sb.WriteByte('\n')
	}
	sb.WriteString(b.Formula())
	return sb.String()
}
