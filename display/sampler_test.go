package display

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

// A table sampled as its rows arrive renders as the table of every row
// (a sampler that keeps every row makes a table of the default MaxRows).
func TestSampler(t *testing.T) {
	for _, maxRows := range []int{0, 4, 5, 1, -1} {
		for _, n := range []int{0, 1, 3, 4, 5, 6, 19, 20, 21, 100} {
			full := NewTable("i", "x")
			full.MaxRows = max(maxRows, 0)
			s := Sampler{MaxRows: maxRows}
			for i := range n {
				full.Append(i, float64(i)/3)
				s.Add([]any{i, float64(i) / 3})
			}
			got := s.Table("i", "x")
			name := fmt.Sprintf("MaxRows %d, %d rows", maxRows, n)
			if s.Len() != n || got.Len() != n {
				t.Errorf("%s: Len %d, %d", name, s.Len(), got.Len())
			}
			check(t, name+" text", got.Text(), full.Text())
			check(t, name+" markdown", got.Markdown(), full.Markdown())
			check(t, name+" html", got.HTML(), full.HTML())
			a, _ := json.Marshal(got.Render().Data[MIMETypeJSON])
			b, _ := json.Marshal(full.Render().Data[MIMETypeJSON])
			check(t, name+" json", string(a), string(b))
		}
	}
}

// Shown is the split that renderings use.
func TestShown(t *testing.T) {
	for _, c := range []struct{ n, max, head, tail int }{
		{5, 0, 5, 0}, {20, 0, 20, 0}, {21, 0, 10, 10}, {1000000, 0, 10, 10},
		{10, 4, 2, 2}, {10, 5, 3, 2}, {10, -1, 10, 0},
	} {
		if h, tl := Shown(c.n, c.max); h != c.head || tl != c.tail {
			t.Errorf("Shown(%d, %d) = %d, %d; want %d, %d", c.n, c.max, h, tl, c.head, c.tail)
		}
	}
}

// A table that holds only its head and tail says so in its JSON.
func TestJSONOmitted(t *testing.T) {
	s := Sampler{MaxRows: 2}
	for i := range 5 {
		s.Add([]any{i})
	}
	b, _ := json.Marshal(s.Table("i").JSON())
	check(t, "json", string(b), `{"columns":["i"],"head":1,"omitted":3,"rows":[[0],[4]]}`)
}

// Rendering a table of 10⁶ rows costs what rendering 20 does: within a
// generous 10 s (it was quadratic: minutes).
func TestRenderLong(t *testing.T) {
	tb := NewTable("i", "x")
	for i := range 1000000 {
		tb.Append(i, float64(i))
	}
	start := time.Now()
	d := tb.Render()
	t.Logf("Render of 10⁶ rows: %v", time.Since(start))
	if time.Since(start) > 10*time.Second {
		t.Errorf("Render took %v", time.Since(start))
	}
	if len(d.Data[MIMETypeJSON].(map[string]any)["rows"].([]any)) != 20 {
		t.Errorf("the bundle's JSON holds more than the rows shown")
	}
}

// BenchmarkRenderTable1e6 renders the bundle of a table of 10⁶ rows.
func BenchmarkRenderTable1e6(b *testing.B) {
	tb := NewTable("i", "x")
	for i := range 1000000 {
		tb.Append(i, float64(i))
	}
	for b.Loop() {
		tb.Render()
	}
}
