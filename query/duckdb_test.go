//go:build duckdb

package query

import (
	"context"
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
