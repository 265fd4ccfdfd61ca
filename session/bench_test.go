package session

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"
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

// heapInUse is the live heap after a full collection.
func heapInUse() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// The heap after 10,000 small cells, and what .reset gives back. The test
// asserts generous bounds (20 KB per cell; .reset returns at least half of
// the growth) and logs the measured figures; so does the benchmark.
func TestHeapPerCell(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 cells")
	}
	perCell, back, slow := measureHeap(t, 10000)
	if perCell > 20<<10 {
		t.Errorf("%.1f KB of heap per cell", float64(perCell)/1024)
	}
	if back < 0.5 {
		t.Errorf(".reset gave back only %.0f%% of the growth", 100*back)
	}
	t.Logf("late cells take %.1f× the time of early ones", slow)
}

func measureHeap(t testing.TB, n int) (perCell uint64, back, slow float64) {
	s := newSession(t)
	var r recorder
	ctx := context.Background()
	timeCells := func() time.Duration {
		start := time.Now()
		for i := 0; i < 200; i++ {
			s.Eval(ctx, "1 + 2", &r)
		}
		return time.Since(start) / 200
	}
	early := timeCells()
	before := heapInUse()
	for i := 0; i < n; i++ {
		if _, err := s.Eval(ctx, fmt.Sprintf("v%d := %d * 2", i%100, i), &r); err != nil {
			t.Fatal(err)
		}
	}
	after := heapInUse()
	late := timeCells()
	if _, err := s.Eval(ctx, ".reset", &r); err != nil {
		t.Fatal(err)
	}
	reset := heapInUse()
	grown := float64(after) - float64(before)
	perCell = uint64(max(grown, 0)) / uint64(n)
	back = (float64(after) - float64(reset)) / max(grown, 1)
	slow = float64(late) / float64(early)
	t.Logf("heap: %d KB before, %d KB after %d cells (%.2f KB per cell), %d KB after .reset (%.0f%% of the growth given back); a trivial cell takes %v at first, %v after them",
		before>>10, after>>10, n, float64(perCell)/1024, reset>>10, 100*back, early, late)
	return perCell, back, slow
}

// BenchmarkHeap10000Cells reports the heap per cell of 10,000 small cells.
func BenchmarkHeap10000Cells(b *testing.B) {
	for b.Loop() {
		perCell, back, slow := measureHeap(b, 10000)
		b.ReportMetric(float64(perCell), "B/cell")
		b.ReportMetric(100*back, "%reset")
		b.ReportMetric(slow, "late/early")
	}
}

// BenchmarkCommand is the round trip of a command cell.
func BenchmarkCommand(b *testing.B) {
	s := newSession(b)
	var r recorder
	for b.Loop() {
		if _, err := s.Eval(context.Background(), ".digits", &r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkComplete is a Tab press on a package member and on a field.
func BenchmarkComplete(b *testing.B) {
	s := newSession(b)
	eval(b, s, "p := plot.New()")
	for b.Loop() {
		s.Complete("stat.Kull", 9)
		s.Complete("p.Ti", 4)
	}
}
