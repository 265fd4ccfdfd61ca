package query

import (
	"context"
	"testing"
	"time"
)

const million = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT x, x * 0.5 AS half FROM c;"

// RunShown keeps the first and last rows of a result and counts the rest.
func TestRunShown(t *testing.T) {
	d, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rs, err := d.RunShown(context.Background(), million, 0)
	if err != nil {
		t.Fatal(err)
	}
	tb := rs[0].Table
	if tb.Len() != 1000000 || len(tb.Rows) != 20 || tb.Omitted != 999980 || tb.Head != 10 {
		t.Fatalf("Len %d, %d rows kept, Omitted %d, Head %d", tb.Len(), len(tb.Rows), tb.Omitted, tb.Head)
	}
	if tb.Rows[0][0] != int64(1) || tb.Rows[9][0] != int64(10) || tb.Rows[10][0] != int64(999991) || tb.Rows[19][0] != int64(1000000) {
		t.Errorf("rows kept: %v", tb.Rows)
	}
	all, err := d.Run(context.Background(), "SELECT 1 UNION ALL SELECT 2;")
	if err != nil || all[0].Table.Len() != 2 || all[0].Table.Omitted != 0 {
		t.Errorf("Run: %v, %v", all, err)
	}
}

// Cancelling the context stops a query that would run for good, within a
// generous 10 s.
func TestRunCancel(t *testing.T) {
	d, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = d.RunShown(ctx, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c;", 0)
	t.Logf("stopped after %v: %v", time.Since(start), err)
	if err == nil || time.Since(start) > 10*time.Second {
		t.Errorf("err = %v after %v", err, time.Since(start))
	}
	if _, err := d.Run(context.Background(), "SELECT 1;"); err != nil {
		t.Errorf("after the cancel: %v", err)
	}
}

// BenchmarkRunShown1e6 reads a result of 10⁶ rows, keeping 20.
func BenchmarkRunShown1e6(b *testing.B) {
	d, err := Open("")
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	for b.Loop() {
		if _, err := d.RunShown(context.Background(), million, 0); err != nil {
			b.Fatal(err)
		}
	}
}
