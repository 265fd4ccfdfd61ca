package builtins_test

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	. "github.com/divergo/divergo/builtins"
)

// newRand returns a generator with a fresh seed, logged so that a failure
// can be replayed.
func newRand(t testing.TB) *rand.Rand {
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	return rand.New(rand.NewPCG(seed, 0x5eed))
}

// randomDist returns a random distribution of n outcomes; with zeros, about
// a fifth of its entries are 0 (at least one stays positive).
func randomDist(r *rand.Rand, n int, zeros bool) []float64 {
	p := make([]float64, n)
	for i := range p {
		if zeros && r.IntN(5) == 0 {
			continue
		}
		p[i] = r.ExpFloat64() // a flat Dirichlet draw
	}
	if zeros {
		p[r.IntN(n)] = r.ExpFloat64() + 0.1
	}
	return Normalize(p)
}

func near(a, b, tol float64) bool {
	return a == b || math.Abs(a-b) <= tol*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func TestProperties(t *testing.T) {
	r := newRand(t)
	for trial := range 2000 {
		n := 1 + r.IntN(40)
		if trial%10 == 0 {
			n = 1 + r.IntN(100_000) // crosses the parallel threshold
		}
		zeros := trial%3 == 0
		p, q := randomDist(r, n, zeros), randomDist(r, n, zeros)
		kl, klRev := KL(p, q), KL(q, p)
		h, hq, ce := Entropy(p), Entropy(q), CrossEntropy(p, q)
		js := JS(p, q)

		if !(kl >= 0) {
			t.Fatalf("Gibbs: KL(P‖Q) = %v < 0 for n = %d", kl, n)
		}
		if KL(p, p) != 0 || JS(p, p) != 0 {
			t.Fatalf("KL(P‖P) = %v, JS(P,P) = %v, want 0", KL(p, p), JS(p, p))
		}
		if !math.IsInf(kl, 1) && !near(ce, h+kl, 1e-12) {
			t.Fatalf("H(P,Q) = %v, H(P) + KL(P‖Q) = %v", ce, h+kl)
		}
		if math.IsInf(kl, 1) != (len(InfiniteTerms(p, q)) > 0) {
			t.Fatalf("KL = %v but InfiniteTerms = %v", kl, InfiniteTerms(p, q))
		}
		if js != JS(q, p) && !near(js, JS(q, p), 1e-14) {
			t.Fatalf("JS not symmetric: %v and %v", js, JS(q, p))
		}
		if !(js >= 0 && js <= math.Ln2) {
			t.Fatalf("JS = %v outside [0, ln 2]", js)
		}
		if d := JSDistance(p, q); !near(d*d, js, 1e-14) {
			t.Fatalf("JSDistance² = %v, JS = %v", d*d, js)
		}
		if j := Jeffreys(p, q); !near(j, kl+klRev, 1e-12) && !math.IsInf(j, 1) {
			t.Fatalf("Jeffreys = %v, KL + reverse KL = %v", j, kl+klRev)
		}
		if !near(KL(p, q, Bits), kl/math.Ln2, 1e-15) || !near(Entropy(p, Hartleys), h/math.Ln10, 1e-15) {
			t.Fatal("units do not convert by ln 2 and ln 10")
		}
		if !(h >= 0 && h <= math.Log(float64(n))+1e-12) || !(hq >= 0) {
			t.Fatalf("H(P) = %v outside [0, ln %d]", h, n)
		}
		if tv := TotalVariation(p, q); !(tv >= 0 && tv <= 1) || !math.IsInf(kl, 1) && tv > math.Sqrt(kl/2)+1e-12 {
			t.Fatalf("TV = %v breaks [0, 1] or Pinsker (KL = %v)", tv, kl)
		}
		if hel := Hellinger(p, q); !(hel >= 0 && hel <= 1) {
			t.Fatalf("Hellinger = %v outside [0, 1]", hel)
		}
		if s := KL(p, q, Smooth(0.5)); math.IsInf(s, 0) || s < 0 {
			t.Fatalf("smoothed KL = %v", s)
		}
	}
}

func TestJSOfDisjointSupportsIsLn2(t *testing.T) {
	r := newRand(t)
	for range 200 {
		n := 2 + r.IntN(50)
		p, q := make([]float64, n), make([]float64, n)
		for i := range n {
			if r.IntN(2) == 0 {
				p[i] = r.Float64() + 0.01
			} else {
				q[i] = r.Float64() + 0.01
			}
		}
		if !(sum(p) > 0 && sum(q) > 0) {
			continue
		}
		p, q = Normalize(p), Normalize(q)
		if js := JS(p, q); !near(js, math.Ln2, 1e-15) {
			t.Fatalf("JS of disjoint supports = %v, want ln 2", js)
		}
		if js := JS(p, q, Bits); !near(js, 1, 1e-15) {
			t.Fatalf("JS of disjoint supports = %v bits, want 1", js)
		}
		if h := Hellinger(p, q); h != 1 {
			t.Fatalf("Hellinger of disjoint supports = %v, want 1", h)
		}
	}
}

func sum(x []float64) (s float64) {
	for _, v := range x {
		s += v
	}
	return s
}

func TestJointProperties(t *testing.T) {
	r := newRand(t)
	for range 500 {
		rows, cols := 1+r.IntN(8), 1+r.IntN(8)
		flat := randomDist(r, rows*cols, r.IntN(2) == 0)
		joint := make([][]float64, rows)
		for i := range joint {
			joint[i] = flat[i*cols : (i+1)*cols]
		}
		px, py := make([]float64, rows), make([]float64, cols)
		for i, row := range joint {
			for j, v := range row {
				px[i] += v
				py[j] += v
			}
		}
		hxy, hx, hy := JointEntropy(joint), Entropy(px), Entropy(py)
		mi := MutualInformation(joint)
		if !near(mi, hx+hy-hxy, 1e-12) {
			t.Fatalf("MI = %v, H(X) + H(Y) − H(X,Y) = %v", mi, hx+hy-hxy)
		}
		if !(mi >= 0) {
			t.Fatalf("MI = %v < 0", mi)
		}
		if ce := ConditionalEntropy(joint); !near(ce, hxy-hx, 1e-12) || ce < 0 {
			t.Fatalf("H(Y|X) = %v, H(X,Y) − H(X) = %v", ce, hxy-hx)
		}
		if ce := ConditionalEntropy(Transpose(joint)); !near(ce, hxy-hy, 1e-12) {
			t.Fatalf("H(X|Y) = %v, H(X,Y) − H(Y) = %v", ce, hxy-hy)
		}
		// Independence: the product of the marginals has MI = 0.
		prod := make([][]float64, rows)
		for i := range prod {
			prod[i] = make([]float64, cols)
			for j := range prod[i] {
				prod[i][j] = px[i] * py[j]
			}
		}
		if mi := MutualInformation(prod, Tolerance(1e-12)); mi > 1e-12 {
			t.Fatalf("MI of independent X, Y = %v", mi)
		}
	}
}

// Options: Counts equals normalising first; Smooth equals Smoothed.
func TestOptionsAgreeWithHelpers(t *testing.T) {
	r := newRand(t)
	for range 300 {
		n := 1 + r.IntN(30)
		c, d := make([]float64, n), make([]float64, n)
		for i := range n {
			c[i], d[i] = float64(r.IntN(20)), float64(1+r.IntN(20))
		}
		c[0]++
		if got, want := KL(c, d, Counts), KL(Normalize(c), Normalize(d)); !near(got, want, 1e-14) {
			t.Fatalf("KL with Counts = %v, of normalised counts = %v", got, want)
		}
		if got, want := JS(c, d, Counts, Smooth(1)), JS(Smoothed(c, 1), Smoothed(d, 1)); !near(got, want, 1e-14) {
			t.Fatalf("JS with Smooth(1) = %v, of Smoothed = %v", got, want)
		}
		if got, want := Hellinger(c, d, Counts), Hellinger(Normalize(c), Normalize(d)); !near(got, want, 1e-14) {
			t.Fatalf("Hellinger with Counts = %v, of normalised counts = %v", got, want)
		}
	}
}

func TestSmallCases(t *testing.T) {
	if h := Entropy([]float64{1}); h != 0 {
		t.Errorf("H of a certain outcome = %v", h)
	}
	if h := Entropy([]float64{0.25, 0.25, 0.25, 0.25}, Bits); h != 2 {
		t.Errorf("H(uniform on 4) = %v bits, want 2", h)
	}
	if p := Perplexity([]float64{0.25, 0.25, 0.25, 0.25}); !near(p, 4, 1e-15) {
		t.Errorf("perplexity of uniform on 4 = %v", p)
	}
	if i := InformationContent(0.5, Bits); i != 1 {
		t.Errorf("I(½) = %v bits", i)
	}
	if i := InformationContent(0); !math.IsInf(i, 1) {
		t.Errorf("I(0) = %v", i)
	}
	if h := BinaryEntropy(1e-20); !(h > 0 && near(h, 1e-20*(-math.Log(1e-20)+1), 1e-12)) {
		t.Errorf("h(1e-20) = %v", h)
	}
	obs := []int{0, 1, 1, 2, 1, 0}
	emp := Empirical(obs, 3)
	if !near(NLL(emp, obs), CrossEntropy(emp, emp), 1e-15) {
		t.Errorf("NLL at the empirical distribution = %v, H(P̂) = %v", NLL(emp, obs), Entropy(emp))
	}
	if math.Abs(NLL([]float64{0.3, 0.4, 0.3}, obs)-CrossEntropy(emp, []float64{0.3, 0.4, 0.3})) > 1e-15 {
		t.Error("NLL differs from the cross-entropy of the empirical distribution")
	}
	if h := Histogram([]float64{0, 1, 2, 10, 5}, []float64{0, 5, 10}); h[0] != 3 || h[1] != 2 {
		t.Errorf("Histogram = %v, want [3 2]", h)
	}
	if v := ConvertUnit(1, Bits, Nats); v != math.Ln2 {
		t.Errorf("1 bit = %v nats", v)
	}
	if v := ConvertUnit(1, Hartleys, Bits); !near(v, math.Log2(10), 1e-15) {
		t.Errorf("1 hartley = %v bits", v)
	}
	if ToBits(ToNats(3)) != 3 {
		t.Error("ToBits(ToNats(3)) != 3")
	}
	if kl := KL([]float64{1, 0}, []float64{0, 1}); !math.IsInf(kl, 1) {
		t.Errorf("KL of disjoint supports = %v", kl)
	}
	if got := InfiniteTerms([]float64{0.5, 0.5, 0}, []float64{0, 0.5, 0.5}); len(got) != 1 || got[0] != 0 {
		t.Errorf("InfiniteTerms = %v, want [0]", got)
	}
	if psi := PSI([]float64{0.5, 0.5}, []float64{1, 0}); !math.IsInf(psi, 1) {
		t.Errorf("PSI with an empty bin = %v, want +Inf", psi)
	}
}

// The seed 002 blog's numbers, and its two "JSD"s.
func TestSeed002(t *testing.T) {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	q2 := []float64{0.25, 0.5, 0.25}
	check := func(name string, got, want, tol float64) {
		if math.Abs(got-want) > tol {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("KL(P‖Q)", KL(p, q), 0.0305, 5e-5)
	check("KL(P‖Q2)", KL(p, q2), 0.0101, 5e-5)
	check("mean of the KLs, Q", Jeffreys(p, q)/2, 0.0314304, 5e-8)
	check("sum of the KLs, Q", Jeffreys(p, q), 0.0628609, 5e-8)
	check("true JSD, Q", JS(p, q), 0.0078174, 5e-8)
	check("mean of the KLs, Q2", Jeffreys(p, q2)/2, 0.0101366, 5e-8)
	// The seed summary writes 0.0202732; the value is 0.02027325540…, so
	// 0.0202733 to seven digits (the summary truncated twice 0.0101366).
	check("sum of the KLs, Q2", Jeffreys(p, q2), 0.0202733, 5e-8)
	check("true JSD, Q2", JS(p, q2), 0.0025297, 5e-8)
	if f := ExplainKL(p, q).Formula(); f != "0.2×ln(0.2/0.3) + 0.5×ln(0.5/0.4) + 0.3×ln(0.3/0.3) = 0.0305" {
		t.Errorf("formula %q", f)
	}
}

func TestBreakdown(t *testing.T) {
	r := newRand(t)
	for range 200 {
		n := 1 + r.IntN(20)
		p, q := randomDist(r, n, true), randomDist(r, n, true)
		for _, b := range []Breakdown{ExplainKL(p, q), ExplainJS(p, q), ExplainEntropy(p), ExplainCrossEntropy(p, q), ExplainKL(p, q, Bits)} {
			if len(b.Rows) != n {
				t.Fatalf("%s has %d rows, want %d", b.Measure, len(b.Rows), n)
			}
			var terms, shares float64
			for _, row := range b.Rows {
				terms += row.Term
				shares += row.Share
			}
			switch {
			case math.IsInf(b.Total, 1):
				if !math.IsInf(terms, 1) {
					t.Fatalf("%s: total +Inf, terms add to %v", b.Measure, terms)
				}
			case !near(terms, b.Total, 1e-12):
				t.Fatalf("%s: terms add to %v, total %v", b.Measure, terms, b.Total)
			case b.Total != 0 && !near(shares, 1, 1e-9):
				t.Fatalf("%s: shares add to %v", b.Measure, shares)
			}
		}
	}
	b := ExplainKL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}, Bits)
	if want := `0.2 \log_2\frac{0.2}{0.3} + 0.5 \log_2\frac{0.5}{0.4} + 0.3 \log_2\frac{0.3}{0.3} = 0.044`; b.LaTeX() != want {
		t.Errorf("LaTeX %q, want %q", b.LaTeX(), want)
	}
	long := make([]float64, 20)
	for i := range long {
		long[i] = 0.05
	}
	if f := ExplainEntropy(long).Formula(); f != "−(0.05×ln(0.05) + 0.05×ln(0.05) + 0.05×ln(0.05) + 0.05×ln(0.05) + 0.05×ln(0.05) + … + 0.05×ln(0.05) + 0.05×ln(0.05)) = 3" {
		t.Errorf("long formula %q", f)
	}
}

// Outcomes names the rows of a breakdown; the numbers stay as they were.
func TestBreakdownOutcomes(t *testing.T) {
	b := ExplainKL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})
	named := b.Outcomes("desktop", "mobile", "tablet")
	s := named.String()
	for _, want := range []string{"desktop  0.2", "mobile   0.5", "tablet   0.3"} {
		if !strings.Contains(s, want) {
			t.Errorf("String lacks %q:\n%s", want, s)
		}
	}
	if b.Labels != nil || named.Total != b.Total || named.Formula() != b.Formula() {
		t.Errorf("Outcomes changed the breakdown: %+v", b)
	}
	if _, err := b.TryOutcomes("a", "b"); err == nil || err.Error() != "Breakdown.Outcomes: labels: 2 given for 3 outcomes; give one per outcome" {
		t.Errorf("two labels for three outcomes: %v", err)
	}
}
