package builtins_test

import (
	"math"
	"strconv"
	"strings"
	"testing"

	. "github.com/divergo/divergo/builtins"
)

// The five classic mistakes of issue 7, each made on purpose on random
// distributions: Check must name it, and pass the right answer.
func TestCheckNamesTheClassicMistakes(t *testing.T) {
	r := newRand(t)
	for trial := range 200 {
		n := 2 + r.IntN(8)
		p, q := randomDist(r, n, false), randomDist(r, n, false)
		counts := make([]float64, n)
		countsQ := make([]float64, n)
		for i := range counts {
			counts[i], countsQ[i] = float64(1+r.IntN(20)), float64(1+r.IntN(20))
		}
		type attempt struct {
			measure string
			answer  float64
			p, q    []float64
			opts    []Option
			mistake string
		}
		attempts := []attempt{
			{"KL", KL(p, q), p, q, nil, ""},
			{"KL", KL(q, p), p, q, nil, "swapped arguments"},
			{"KL", KL(p, q, Bits), p, q, nil, "wrong logarithm"},
			{"KL", KL(p, q), p, q, []Option{Bits}, "wrong logarithm"},
			{"Entropy", Entropy(counts, Counts), counts, nil, []Option{Counts}, ""},
			{"Entropy", rawEntropy(counts), counts, nil, []Option{Counts}, "counts not normalised"},
			{"KL", rawKL(counts, countsQ), counts, countsQ, []Option{Counts}, "counts not normalised"},
			{"JS", JS(p, q), p, q, nil, ""},
			{"JS", (KL(p, q) + KL(q, p)) / 2, p, q, nil, "mean of the two KLs"},
			{"JS", JSDistance(p, q), p, q, nil, "distance for divergence"},
			{"JSDistance", JS(p, q), p, q, nil, "divergence for distance"},
			{"KL", -KL(p, q), p, q, nil, "sign flipped"},
			{"Entropy", -Entropy(p), p, nil, nil, "sign flipped"},
			{"KL", roundSig(KL(p, q), 1), p, q, nil, "rounded too far"},
		}
		for _, a := range attempts {
			v := Check(a.measure, a.answer, a.p, a.q, a.opts...)
			if a.mistake == "" {
				if !v.OK {
					t.Fatalf("trial %d: the right %s (%v) failed: %v", trial, a.measure, a.answer, v)
				}
				continue
			}
			if v.OK {
				// Two measures can coincide on a particular draw; skip those.
				continue
			}
			if !contains(v.Mistakes, a.mistake) || v.Mistake != v.Mistakes[0] {
				t.Fatalf("trial %d: %s answered %v (made by %q) gives mistake %q: %v\np = %v\nq = %v",
					trial, a.measure, a.answer, a.mistake, v.Mistake, v, a.p, a.q)
			}
			if !strings.Contains(v.String(), "✗") || v.Hint == "" {
				t.Fatalf("verdict text %q", v)
			}
		}
	}
}

func TestCheckSeed002(t *testing.T) {
	p := []float64{0.2, 0.5, 0.3}
	q := []float64{0.3, 0.4, 0.3}
	if v := Check("KL", 0.0305, p, q); !v.OK || v.String() != "✓ KL(P‖Q) = 0.03048 nats — right" {
		t.Errorf("the blog's rounded 0.0305 fails: %v", v)
	}
	if v := Check("KL", 0.01, p, []float64{0.25, 0.5, 0.25}); v.Mistake != "rounded too far" {
		t.Errorf("the blog's 0.01 for 0.010068: %v", v)
	}
	if v := Check("Jeffreys", KL(q, p), p, q); v.Mistake != "one KL for Jeffreys" {
		t.Errorf("one KL for Jeffreys: %v", v)
	}
	if v := Check("Entropy", 1, []float64{0.5, 0.5}, nil, Bits); v.String() != "✓ H(P) = 1 bit — right" {
		t.Errorf("a fair coin: %v", v)
	}
	if v := Check("CrossEntropy", 0, []float64{0.5, 0.5}, []float64{1, 0}); v.Mistake != "" || strings.Contains(v.String(), "Inf") {
		t.Errorf("a blank answer (0) to an infinite cross-entropy whose finite part is 0 gives the answer away: %v", v)
	}
	q0 := []float64{0.5, 0.5, 0}
	if v := Check("KL", 0.2*math.Log(0.2/0.5)+0.5*math.Log(0.5/0.5), p, q0); v.Mistake != "infinite term dropped" || v.Want != math.Inf(1) {
		t.Errorf("infinite term dropped: %v", v)
	}
	if v := Check("KL", math.Inf(1), p, q0); !v.OK {
		t.Errorf("+Inf for an infinite KL fails: %v", v)
	}
	if v := Check("JSDistance", JSDistance(p, q), p, q); v.Unit != "" || strings.Contains(v.String(), "nats") {
		t.Errorf("the JS distance has a unit: %v", v)
	}
	if v := Check("JS", JS(p, q), p, q, Bits); v.Mistake != "wrong logarithm" || strings.Count(v.Hint, ":") != 1 {
		t.Errorf("two colons in a row: %v", v)
	}
	v := Check("JS", 0.0314304, p, q)
	if v.Mistake != "mean of the two KLs" {
		t.Errorf("the blog's JSD: %v", v)
	}
	t.Log(v)
	if v := Check("JS", 0.5, p, q); v.OK || v.Mistake != "" || !strings.Contains(v.Hint, "term by term") || strings.Contains(v.String(), "0.007817") {
		t.Errorf("an unrecognised answer: %+v", v)
	}
	if _, err := TryCheck("KLD", 1, p, q); err == nil || !strings.Contains(err.Error(), `unknown measure "KLD"`) {
		t.Errorf("unknown measure: %v", err)
	}
	if _, err := TryCheck("KL", math.NaN(), p, q); err == nil {
		t.Error("NaN answer accepted")
	}
}

func roundSig(x float64, digits int) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', digits, 64), 64)
	return r
}

func rawEntropy(c []float64) float64 {
	s := 0.0
	for _, x := range c {
		s -= x * math.Log(x)
	}
	return s
}

func rawKL(c, d []float64) float64 {
	s := 0.0
	for i, x := range c {
		s += x * math.Log(x/d[i])
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestVerdictWraps: a long verdict breaks between words, within 78
// characters a line, and keeps every word.
func TestVerdictWraps(t *testing.T) {
	v := Check("KL", 0.3, []float64{0.5, 0.5}, []float64{0.25, 0.75})
	s := v.String()
	if !strings.Contains(s, "\n  ") {
		t.Fatalf("verdict not wrapped: %q", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if n := len([]rune(l)); n > 78 {
			t.Errorf("line of %d characters: %q", n, l)
		}
	}
	if got, want := strings.Join(strings.Fields(s), " "), strings.Join(strings.Fields(v.Hint), " "); !strings.Contains(got, want) {
		t.Errorf("words lost: %q does not contain the hint %q", got, want)
	}
}
