package builtins

import (
	"encoding/json"
	"math"
	"testing"
)

// TestVerdictBundle: a verdict's bundle shows its text and carries the
// verdict for programs, as JSON (an infinite answer as a string), without
// the right value.
func TestVerdictBundle(t *testing.T) {
	p, q := []float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}
	for _, c := range []struct {
		answer           float64
		p, q             []float64
		verdict, mistake string
		wantAnswer       any
	}{
		{KL(p, q), p, q, "right", "", KL(p, q)},
		{KL(q, p), p, q, "wrong", "swapped arguments", KL(q, p)},
		{math.Inf(1), []float64{0.5, 0.5}, []float64{1, 0}, "right", "", "+Inf"},
		{0.5, p, q, "wrong", "", 0.5},
	} {
		v := Check("KL", c.answer, c.p, c.q)
		m := v.SimpleRender()
		if m["text/plain"] != v.String() {
			t.Errorf("text/plain = %q, want %q", m["text/plain"], v.String())
		}
		b, err := json.Marshal(m[CheckMIMEType])
		if err != nil {
			t.Fatalf("%v: %v", c.answer, err)
		}
		var got map[string]any
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got["verdict"] != c.verdict || got["mistake"] != c.mistake || got["answer"] != c.wantAnswer || got["measure"] != "KL(P‖Q)" || got["unit"] != "nats" {
			t.Errorf("answer %v: bundle %s", c.answer, b)
		}
		if _, ok := got["want"]; ok {
			t.Errorf("the bundle gives the right value away: %s", b)
		}
	}
}
