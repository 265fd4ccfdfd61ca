package query

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// BenchmarkEngines: issue 13's measures on each engine (bench/sql.py runs
// it with -tags duckdb and prints the ratios): kl(p, q) over one group of
// DIVERGO_BENCH_ROWS rows (default 10⁷) beside the plain sum(p*ln(p/q)),
// kl_counts by GROUP BY over 1,000 groups beside its plain sum, on
// PostgreSQL with 0 and 2 parallel workers, and the import of a drift CSV
// of as many rows. Each reports rows/s.
func BenchmarkEngines(b *testing.B) {
	n := 10_000_000
	if s := os.Getenv("DIVERGO_BENCH_ROWS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	data := benchData(n, 1000)
	csvFile := filepath.Join(b.TempDir(), "drift.csv")
	writeDriftCSV(b, csvFile, n/1000, 1000, rand.New(rand.NewPCG(3, 4)))
	engines := []struct {
		name string
		open func(testing.TB) Engine
	}{
		{"SQLite", func(tb testing.TB) Engine { return openTest(tb) }},
		{"PostgreSQL", func(tb testing.TB) Engine { return openPostgresTest(tb) }},
	}
	if openDuckDBTest != nil {
		engines = append(engines, struct {
			name string
			open func(testing.TB) Engine
		}{"DuckDB", openDuckDBTest})
	}
	for _, en := range engines {
		b.Run(en.name, func(b *testing.B) {
			e := en.open(b)
			if _, err := e.FromGo(ctx, "t", data); err != nil {
				b.Fatal(err)
			}
			if e.Name() == "PostgreSQL" {
				if _, err := e.Run(ctx, "ANALYZE t"); err != nil {
					b.Fatal(err)
				}
			}
			query := func(name, setup, stmt string) {
				b.Run(name, func(b *testing.B) {
					if setup != "" {
						if _, err := e.Run(ctx, setup); err != nil {
							b.Fatal(err)
						}
					}
					b.ResetTimer()
					for range b.N {
						if _, err := e.Query(ctx, stmt); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
				})
			}
			workers := []string{""}
			if e.Name() == "PostgreSQL" {
				workers = []string{"0", "2"}
			}
			for _, w := range workers {
				setup, suffix := "", ""
				if w != "" {
					setup, suffix = "SET max_parallel_workers_per_gather = "+w, "/workers="+w
				}
				query("kl"+suffix, setup, "SELECT kl(p, q) FROM t")
				query("plainSQL"+suffix, setup, "SELECT sum(p*ln(p/q)) FROM t")
				query("groupby-kl"+suffix, setup, "SELECT g, kl_counts(p, q) FROM t GROUP BY g")
				query("groupby-plainSQL"+suffix, setup, "SELECT g, sum(p*ln(p/q)) FROM t GROUP BY g")
			}
			if e.Name() == "DuckDB" {
				// The macro beside the plain sum, and where its time goes:
				// its parts alone, each beside the plain sum. Each pair
				// runs alternately, 9 times, so that the other work on
				// the machine weighs on both alike; its metric is the
				// median speed of the first ÷ that of the second.
				plain := "SELECT sum(p*ln(p/q)) FROM t"
				split := "((p*ln(p/q)) + 6144.0::DOUBLE) - 6144.0::DOUBLE"
				pair := func(name, stmt, base string) {
					b.Run("pair/"+name, func(b *testing.B) {
						var ta, tb []float64
						for range b.N {
							for range 9 {
								for _, x := range []struct {
									stmt string
									t    *[]float64
								}{{stmt, &ta}, {base, &tb}} {
									start := time.Now()
									if _, err := e.Query(ctx, x.stmt); err != nil {
										b.Fatal(err)
									}
									*x.t = append(*x.t, time.Since(start).Seconds())
								}
							}
						}
						b.ReportMetric(median(tb)/median(ta), "ratio")
						b.ReportMetric(float64(n)/median(ta), "rows/s")
					})
				}
				pair("kl÷plainSQL", "SELECT kl(p, q) FROM t", plain)
				pair("fsum÷plainSQL", "SELECT fsum(p*ln(p/q)) FROM t", plain)
				pair("split-sum÷plainSQL", "SELECT sum("+split+") + sum(p*ln(p/q) - ("+split+")) FROM t", plain)
				pair("nullif÷plainSQL", "SELECT sum(p*ln(nullif(p, 0)/q)) FROM t", plain)
				pair("totals÷plainSQL", "SELECT sum(p*ln(p/q)), sum(p), sum(q), count(p + q) FROM t", plain)
				pair("rowcheck÷plainSQL", "SELECT sum(p*ln(p/q)), sum(CASE WHEN p >= 0 AND p <= 1 + 1e-9 AND q >= 0 AND q <= 1 + 1e-9 THEN p "+
					"WHEN p IS NULL OR q IS NULL THEN NULL ELSE error('bad row') END) FROM t", plain)
				pair("minmax÷plainSQL", "SELECT sum(p*ln(p/q)), min(p), max(p), min(q), max(q) FROM t", plain)
				// With zeros (p = 0 in one row of ten) the checks do not
				// fold away: DuckDB's statistics no longer show every p
				// positive.
				if _, err := e.Run(ctx, "CREATE TABLE z AS SELECT g, CASE WHEN rowid % 10 = 0 THEN 0 ELSE p END AS p, q FROM t; "+
					"CREATE OR REPLACE TABLE z AS SELECT g, p / (SELECT sum(p) FROM z) AS p, q FROM z"); err != nil {
					b.Fatal(err)
				}
				pair("zeros/kl÷plainSQL", "SELECT kl(p, q) FROM z", "SELECT sum(CASE WHEN p = 0 THEN 0 ELSE p*ln(p/q) END) FROM z")
				pair("groupby-kl÷plainSQL", "SELECT g, kl_counts(p, q) FROM t GROUP BY g", "SELECT g, sum(p*ln(p/q)) FROM t GROUP BY g")
			}
			b.Run("importCSV", func(b *testing.B) {
				for i := range b.N {
					tab := "drift" + strconv.Itoa(i)
					got, err := e.ImportCSV(ctx, csvFile, tab)
					if err != nil || got != n {
						b.Fatalf("%d rows, %v", got, err)
					}
					b.StopTimer()
					if _, err := e.Run(ctx, "DROP TABLE "+tab); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			})
		})
	}
}

// benchData is benchDB's table as a Go value: g, and p and q without zeros,
// summing to 1 over the table and to 1/groups over each group.
func benchData(n, groups int) map[string]any {
	r := rand.New(rand.NewPCG(1, 2))
	size := n / groups
	g := make([]int64, n)
	p, q := make([]float64, n), make([]float64, n)
	for k := range groups {
		var sp, sq float64
		for i := k * size; i < (k+1)*size; i++ {
			g[i] = int64(k)
			p[i], q[i] = 0.01+r.Float64(), 0.01+r.Float64()
			sp += p[i]
			sq += q[i]
		}
		for i := k * size; i < (k+1)*size; i++ {
			p[i] /= sp * float64(groups)
			q[i] /= sq * float64(groups)
		}
	}
	return map[string]any{"g": g, "p": p, "q": q}
}

func median(x []float64) float64 {
	s := slices.Sorted(slices.Values(x))
	return s[len(s)/2]
}
