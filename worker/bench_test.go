package worker

import (
	"context"
	"fmt"
	"testing"

	"github.com/divergo/divergo/session"
)

// BenchmarkEval compares a cell's round trip in the session's own process
// with the same through a worker (bench/README.md records the figures).
func BenchmarkEval(b *testing.B) {
	for _, cell := range []string{"1+1", "KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})"} {
		b.Run("in-process/"+cell, func(b *testing.B) {
			s, err := session.New(session.Options{})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := s.Eval(context.Background(), cell, discard{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("worker/"+cell, func(b *testing.B) {
			s, err := New(Options{Command: testCommand})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			for b.Loop() {
				if _, err := s.Eval(context.Background(), cell, discard{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRestore50 is the time to restore a session of 50 cells after
// its worker died: a new worker, and the 50 cells replayed.
func BenchmarkRestore50(b *testing.B) {
	s, err := New(Options{Command: testCommand})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := range 50 {
		var cell string
		switch i % 5 {
		case 0:
			cell = fmt.Sprintf("p%d := []float64{0.2, 0.5, 0.3}", i)
		case 1:
			cell = fmt.Sprintf("func f%d(x float64) float64 { return x * %d }", i, i)
		case 2:
			cell = fmt.Sprintf("type T%d struct{ A, B float64 }", i)
		case 3:
			cell = fmt.Sprintf("k%d := KL(p%d, []float64{0.3, 0.4, 0.3})", i, i-3)
		case 4:
			cell = fmt.Sprintf("for j := 0; j < 100; j++ { k%d += f%d(float64(j)) }", i-1, i-3)
		}
		if _, err := s.Eval(context.Background(), cell, discard{}); err != nil {
			b.Fatalf("%s: %v", cell, err)
		}
	}
	for b.Loop() {
		s.mu.Lock()
		s.stop()
		note := s.restore(context.Background())
		s.mu.Unlock()
		if len(s.log) != 50 {
			b.Fatalf("restored %d cells: %s", len(s.log), note)
		}
	}
}
