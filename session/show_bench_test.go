package session

import (
	"context"
	"testing"
)

// The time to show large values and results (issue 12's goal: ≤ 50 ms for
// 10⁶ elements or rows); bench/README.md records the figures.

func benchShow(b *testing.B, setup []string, cell string) {
	s := newSession(b)
	var r recorder
	ctx := context.Background()
	for _, c := range setup {
		if _, err := s.Eval(ctx, c, &r); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		r.b.Reset()
		if _, err := s.Eval(ctx, cell, &r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkShowSlice1e6(b *testing.B) {
	benchShow(b, []string{"big := make([]float64, 1000000)"}, "big")
}

func BenchmarkShowMap1e6(b *testing.B) {
	benchShow(b, []string{"m := map[int]float64{}\nfor i := 0; i < 1000000; i++ { m[i] = float64(i) }"}, "m")
}

func BenchmarkShowStructs1e6(b *testing.B) {
	benchShow(b, []string{"type pt struct{ X, Y float64 }\npts := make([]pt, 1000000)"}, "pts")
}

func BenchmarkShowGrid1e6(b *testing.B) {
	benchShow(b, []string{"grid := make([][]float64, 1000000)\nfor i := range grid { grid[i] = []float64{1, 2} }"}, "grid")
}

func BenchmarkShowSelect1e6(b *testing.B) {
	benchShow(b, []string{"CREATE TABLE t(a, b);\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) INSERT INTO t SELECT x, x * 0.5 FROM c;"},
		"SELECT * FROM t;")
}

func BenchmarkShowQueryTable1e6(b *testing.B) {
	benchShow(b, []string{"CREATE TABLE t(a, b);\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) INSERT INTO t SELECT x, x * 0.5 FROM c;",
		`q := Query("SELECT * FROM t")`}, "q")
}
