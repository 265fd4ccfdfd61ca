//go:build duckdb

package query

import (
	"context"
	"math"
	"path/filepath"
	"testing"
)

func init() {
	openDuckDBTest = func(t testing.TB) Engine {
		t.Helper()
		e, err := OpenDuckDB(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		return e
	}
}

// TestDuckDBParquetAndSave: .import reads Parquet on DuckDB; .save writes a
// DuckDB file that opens again with its tables and the measures.
func TestDuckDBParquetAndSave(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	e, err := OpenDuckDB(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	pq := filepath.Join(dir, "d.parquet")
	if _, err := e.Run(ctx, "CREATE TABLE d AS SELECT i % 3 AS g, 1.0 / 4 AS p, (i + 1) / 10.0 AS q FROM range(4) r(i); COPY d TO '"+pq+"' (FORMAT parquet);"); err != nil {
		t.Fatal(err)
	}
	n, err := e.ImportCSV(ctx, pq, "fromparquet")
	if err != nil || n != 4 {
		t.Fatalf("parquet: %d rows, %v", n, err)
	}
	file := filepath.Join(dir, "saved.duckdb")
	if err := e.Save(ctx, file); err != nil {
		t.Fatal(err)
	}
	f, err := OpenDuckDB(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := Describe(f); got != "DuckDB "+file {
		t.Errorf("Describe: %q", got)
	}
	tab, err := f.Query(ctx, "SELECT kl(p, q) FROM fromparquet")
	if err != nil {
		t.Fatal(err)
	}
	want := 0.25 * (math.Log(0.25/0.1) + math.Log(0.25/0.2) + math.Log(0.25/0.3) + math.Log(0.25/0.4))
	if !agree(tab.Rows[0][0], want, 1e-12) {
		t.Errorf("kl in the saved file: %v, want %v", tab.Rows[0][0], want)
	}
}
