package session

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/divergo/divergo/session/cells"
)

// cell50 is a 50-line cell: declarations, a loop and a result.
var cell50 = func() string {
	var b strings.Builder
	b.WriteString("type acc struct{ n int; sum float64 }\n")
	b.WriteString("func (a *acc) add(x float64) { a.n++; a.sum += x }\n")
	for i := 0; i < 44; i++ {
		fmt.Fprintf(&b, "v%d := KL([]float64{0.2, 0.8}, []float64{0.5, 0.5}) * %d\n", i, i)
	}
	b.WriteString("a := &acc{}\n")
	b.WriteString("for i := range 3 { a.add(float64(i)) }\n")
	b.WriteString("a.sum + v1\n")
	return b.String()
}()

// BenchmarkTypecheck is the checker's cost per cell, after the first
// (goal ≤ 2 ms): the check alone, for 1+1 and a 50-line cell.
func BenchmarkTypecheck(b *testing.B) {
	for _, c := range []struct{ name, cell string }{{"1+1", "1 + 1"}, {"50lines", cell50}} {
		b.Run(c.name, func(b *testing.B) {
			s := newSession(b)
			var r recorder
			if _, err := s.Eval(context.Background(), c.cell, &r); err != nil {
				b.Fatal(err)
			}
			pc, serr := cells.Parse(c.cell)
			if serr != nil {
				b.Fatal(serr.Msg)
			}
			for b.Loop() {
				if err := s.typecheck(pc, &cells.Editor{}); err != nil {
					b.Fatal(err)
				}
				if s.tc.res.Skipped != "" {
					b.Fatal(s.tc.res.Skipped)
				}
				s.tc.res, s.tc.pc, s.tc.ran = nil, nil, nil
			}
		})
	}
}

// BenchmarkEvalChecked is a whole cell's round trip, checked or not
// (DIVERGO_TYPECHECK=off for the latter, in another process).
func BenchmarkEvalChecked(b *testing.B) {
	for _, c := range []struct{ name, cell string }{{"1+1", "1 + 1"}, {"50lines", cell50}} {
		b.Run(c.name, func(b *testing.B) {
			s := newSession(b)
			var r recorder
			for b.Loop() {
				if _, err := s.Eval(context.Background(), c.cell, &r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
