package session

import (
	"context"
	"testing"
)

// BenchmarkTrivialCell is the round trip of a trivial cell (goal ≤ 100 µs).
func BenchmarkTrivialCell(b *testing.B) {
	s := newSession(b)
	var r recorder
	for b.Loop() {
		if _, err := s.Eval(context.Background(), "1 + 2", &r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkKLCell is the seed example as a cell.
func BenchmarkKLCell(b *testing.B) {
	s := newSession(b)
	var r recorder
	for b.Loop() {
		if _, err := s.Eval(context.Background(), "KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})", &r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew is the cost of a fresh session.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		newSession(b)
	}
}
