package query

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/divergo/divergo/builtins"
	"github.com/divergo/divergo/internal/pgtest"
)

// The engines under test: SQLite always; PostgreSQL as a throwaway server
// started once for the package's tests (skipped only when CI is unset and
// PostgreSQL is not installed); DuckDB in builds with -tags duckdb.

var pg struct {
	once   sync.Once
	server *pgtest.Server
	err    error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if pg.server != nil {
		pg.server.Stop()
	}
	os.Exit(code)
}

// postgresURL returns the URL of the tests' server, starting it on first use,
// with the measures installed in schema divergo.
func postgresURL(t testing.TB) string {
	t.Helper()
	pg.once.Do(func() {
		start := time.Now()
		pg.server, pg.err = pgtest.Start()
		if pg.err == nil {
			pg.err = InstallPostgres(context.Background(), pg.server.URL, "")
		}
		if pg.err == nil {
			fmt.Fprintf(os.Stderr, "PostgreSQL started at %s in %v\n", pg.server.URL, time.Since(start).Round(time.Millisecond))
		}
	})
	if pg.err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("PostgreSQL: %v (CI unset: skipped)", pg.err)
		}
		t.Fatalf("PostgreSQL: %v", pg.err)
	}
	return pg.server.URL
}

// openPostgresTest opens a session on a fresh database of the tests'
// server, with the measures installed; it is dropped at the end.
func openPostgresTest(t testing.TB) *Postgres {
	t.Helper()
	url := postgresURL(t)
	ctx := context.Background()
	admin, err := OpenPostgres(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("t%d_%d", time.Now().UnixNano(), rand.IntN(1000))
	if _, err := admin.SQL().Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	dbURL := strings.Replace(url, "/postgres?", "/"+name+"?", 1)
	if err := InstallPostgres(ctx, dbURL, ""); err != nil {
		t.Fatal(err)
	}
	e, err := OpenPostgres(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		e.Close()
		a, err := OpenPostgres(ctx, url)
		if err == nil {
			a.SQL().Exec("DROP DATABASE " + name + " WITH (FORCE)")
			a.Close()
		}
	})
	return e
}

// openDuckDBTest is set by duckdb_test.go in builds with -tags duckdb.
var openDuckDBTest func(t testing.TB) Engine

// testEngines returns a fresh database on each engine under test.
func testEngines(t *testing.T) []Engine {
	t.Helper()
	es := []Engine{openTest(t), openPostgresTest(t)}
	if openDuckDBTest != nil {
		es = append(es, openDuckDBTest(t))
	} else {
		t.Log("DuckDB: not in this build (-tags duckdb)")
	}
	return es
}

// agree reports whether a and b agree within rel relative (or both are
// +Inf, or both NULL), or within 1e-14 absolute: a measure that is 0 in
// exact arithmetic (one row of counts, say) comes out of one-pass sums as a
// rounding error of the terms, which are of order 1, where builtins give 0.
func agree(a, b any, rel float64) bool {
	x, okx := a.(float64)
	y, oky := b.(float64)
	if !okx || !oky {
		return fmt.Sprint(a) == fmt.Sprint(b)
	}
	if x == y {
		return true
	}
	return math.Abs(x-y) <= max(rel*math.Max(math.Abs(x), math.Abs(y)), 1e-14)
}

// randomGroups makes groups of distributions p, q (probabilities, with
// zeros) and counts c, d, as a Go value for FromGo.
func randomGroups(r *rand.Rand, groups, size int) map[string]any {
	var g []int64
	var p, q, c, d []float64
	for k := range groups {
		n := 1 + r.IntN(size)
		pp, qq := make([]float64, n), make([]float64, n)
		var sp, sq float64
		for i := range n {
			pp[i], qq[i] = r.Float64(), r.Float64()
			if r.IntN(10) == 0 {
				pp[i] = 0
			}
			if k%3 == 2 && r.IntN(10) == 0 {
				qq[i] = 0 // infinite KL in some groups
			}
			sp += pp[i]
			sq += qq[i]
		}
		if sp == 0 {
			pp[0], sp = 1, 1
		}
		if sq == 0 {
			qq[0], sq = 1, 1
		}
		for i := range n {
			g = append(g, int64(k))
			p = append(p, pp[i]/sp)
			q = append(q, qq[i]/sq)
			c = append(c, math.Round(pp[i]*1000))
			d = append(d, math.Round(qq[i]*1000))
		}
	}
	return map[string]any{"g": g, "p": p, "q": q, "c": c, "d": d}
}

// TestEnginesAgree: every measure, in every unit, as an aggregate by group
// on every engine, against the Go builtins on the same groups, within 1e-12
// relative.
func TestEnginesAgree(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 7))
	data := randomGroups(r, 30, 40)
	ctx := context.Background()
	// The groups as Go slices, for builtins.
	g := data["g"].([]int64)
	cols := map[string][]float64{"p": data["p"].([]float64), "q": data["q"].([]float64), "c": data["c"].([]float64), "d": data["d"].([]float64)}
	group := func(k int64, col string) []float64 {
		var out []float64
		for i, gi := range g {
			if gi == k {
				out = append(out, cols[col][i])
			}
		}
		return out
	}
	for _, e := range testEngines(t) {
		t.Run(e.Name(), func(t *testing.T) {
			if _, err := e.FromGo(ctx, "d", data); err != nil {
				t.Fatal(err)
			}
			for _, m := range measures() {
				units := []string{""}
				if m.unit {
					units = append(units, "bits", "hartleys")
				}
				for _, u := range units {
					a, b := "p", "q"
					if m.counts {
						a, b = "c", "d"
					}
					args := a
					if m.args == 2 {
						args += ", " + b
					}
					var opts []builtins.Option
					if u != "" {
						args += ", '" + u + "'"
						opts = append(opts, map[string]builtins.Unit{"bits": builtins.Bits, "hartleys": builtins.Hartleys}[u])
					}
					if m.counts {
						opts = append(opts, builtins.Counts)
					}
					stmt := fmt.Sprintf("SELECT g, %s(%s) FROM d GROUP BY g ORDER BY g", m.name, args)
					tab, err := e.Query(ctx, stmt)
					if err != nil {
						t.Fatalf("%s: %v", stmt, err)
					}
					// The window form over each whole group gives the same, by
					// the same name on every engine.
					wstmt := fmt.Sprintf("SELECT DISTINCT g, %s(%s) OVER (PARTITION BY g) FROM d ORDER BY g", m.name, args)
					wtab, err := e.Query(ctx, wstmt)
					if err != nil {
						t.Fatalf("%s: %v", wstmt, err)
					}
					tab.Rows = append(tab.Rows, wtab.Rows...)
					if len(tab.Rows) != 60 {
						t.Fatalf("%s: %d groups, want 30", stmt, len(tab.Rows))
					}
					for _, row := range tab.Rows {
						k := toInt(row[0])
						want, err := m.builtin(group(k, a), group(k, b), opts...)
						if err != nil {
							t.Fatalf("builtin %s group %d: %v", m.name, k, err)
						}
						got := row[1]
						if f, ok := got.(float64); ok && m.kind == kindHellinger {
							// Hellinger is √(1 − BC): what every engine
							// computes to rounding is 1 − BC = H², whose
							// rounding error √ magnifies near 0.
							got, want = f*f, want*want
						}
						if !agree(got, want, 1e-12) {
							t.Errorf("%s group %d: %v, builtins %v", stmt, k, got, want)
						}
					}
				}
			}
		})
	}
}

func toInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int32:
		return int64(x)
	case float64:
		return int64(x)
	}
	panic(fmt.Sprintf("%T is not an integer", v))
}

// TestPostgresParallel: with parallel workers allowed, PostgreSQL runs the
// measures as partial aggregates in two workers, combined by the leader,
// when a session sends them (its connection's protocol matters: see
// postgresConfig; auto_explain reports the plan as it ran), and gives what
// it gives with none.
func TestPostgresParallel(t *testing.T) {
	url := openPostgresTest(t).Path()
	ctx := context.Background()
	cfg, err := postgresConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	var plans []string
	cfg.OnNotice = func(_ *pgconn.PgConn, n *pgconn.Notice) { plans = append(plans, n.Message) }
	c, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	for _, stmt := range []string{
		`CREATE TABLE big AS SELECT i % 10 AS g, (1 + (i * 7919) % 1000)::float8 AS c, (1 + (i * 104729) % 997)::float8 AS d
		FROM generate_series(1::bigint, 100000) i`,
		"ANALYZE big",
		"SET search_path = public, divergo",
		"SET parallel_setup_cost = 0", "SET parallel_tuple_cost = 0", "SET min_parallel_table_scan_size = 0",
		"LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0", "SET auto_explain.log_analyze = on",
		"SET auto_explain.log_level = notice",
	} {
		if _, err := c.Exec(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	q := "SELECT g, kl_counts(c, d), hellinger_counts(c, d), entropy_counts(c) FROM big GROUP BY g ORDER BY g"
	run := func(workers int) ([][]any, string) {
		if _, err := c.Exec(ctx, fmt.Sprintf("SET max_parallel_workers_per_gather = %d", workers)); err != nil {
			t.Fatal(err)
		}
		plans = nil
		rows, err := c.Query(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out [][]any
		for rows.Next() {
			v, err := rows.Values()
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out, strings.Join(plans, "\n")
	}
	serial, plan0 := run(0)
	parallel, plan2 := run(2)
	if strings.Contains(plan0, "Partial") {
		t.Errorf("no workers, yet a partial aggregate:\n%s", plan0)
	}
	if !strings.Contains(plan2, "Partial") || !strings.Contains(plan2, "Workers Launched: 2") {
		t.Errorf("2 workers allowed, but the query did not run in parallel:\n%s", plan2)
	}
	if len(serial) != 10 || len(parallel) != 10 {
		t.Fatalf("%d and %d groups, want 10", len(serial), len(parallel))
	}
	for i := range serial {
		for j := 1; j < len(serial[i]); j++ {
			if !agree(serial[i][j], parallel[i][j], 1e-12) {
				t.Errorf("group %v column %d: %v serial, %v parallel", serial[i][0], j, serial[i][j], parallel[i][j])
			}
		}
	}
	t.Logf("the plan as it ran:\n%s", plan2)
}

// TestImportOnEngines: a CSV file imports the same on every engine, and a
// bad line is rejected whole with its line number, leaving no table.
func TestImportOnEngines(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.csv")
	bad := filepath.Join(dir, "bad.csv")
	short := filepath.Join(dir, "short.csv")
	os.WriteFile(good, []byte("feature,bin,p,q\na,x,0.5,0.25\na,y,0.5,0.75\nb,x,,0.5\nb,y,1,0.5\nb,z,0,0.5\nc,x,1,0\nc,y,0,1\n"), 0o644)
	os.WriteFile(bad, []byte("feature,bin,p,q\na,x,0.5,0.25\na,y,0.5,0.75\nb,x,zero,1\nb,y,1,0\n"), 0o644)
	os.WriteFile(short, []byte("feature,bin,p,q\na,x,0.5,0.25\na,y,0.5\n"), 0o644)
	ctx := context.Background()
	for _, e := range testEngines(t) {
		t.Run(e.Name(), func(t *testing.T) {
			n, err := e.ImportCSV(ctx, good, "good")
			if err != nil || n != 7 {
				t.Fatalf("good.csv: %d rows, %v", n, err)
			}
			tab, err := e.Query(ctx, "SELECT feature, kl(p, q) FROM good GROUP BY feature ORDER BY feature")
			if err != nil {
				t.Fatal(err)
			}
			want := 0.5*math.Log(0.5/0.25) + 0.5*math.Log(0.5/0.75)
			if len(tab.Rows) != 3 || !agree(tab.Rows[0][1], want, 1e-12) || !agree(tab.Rows[1][1], math.Log(2), 1e-12) || !agree(tab.Rows[2][1], math.Inf(1), 0) {
				t.Errorf("kl by feature: %v, want a %v, b ln 2 (the row with an empty p skipped), c +Inf", tab.Rows, want)
			}
			for _, c := range []struct{ file, line string }{{bad, ":4:"}, {short, ":3:"}} {
				_, err = e.ImportCSV(ctx, c.file, "t")
				if err == nil || !strings.Contains(err.Error(), filepath.Base(c.file)+c.line) {
					t.Errorf("%s: %v, want an error at line %s", filepath.Base(c.file), err, c.line)
				}
				t.Logf("%s: %v", filepath.Base(c.file), err)
				if names, _ := e.Tables(ctx); slicesContains(names, "t") {
					t.Errorf("%s: table t was left behind: %v", filepath.Base(c.file), names)
				}
			}
		})
	}
}

func slicesContains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// TestPortableSQLOnEngines: the portable expressions, in each engine's
// dialect, give what the engine's own measures give.
func TestPortableSQLOnEngines(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	data := randomGroups(rand.New(rand.NewPCG(seed, 9)), 20, 30)
	ctx := context.Background()
	for _, e := range testEngines(t) {
		t.Run(e.Name(), func(t *testing.T) {
			if _, err := e.FromGo(ctx, "d", data); err != nil {
				t.Fatal(err)
			}
			for _, m := range PortableMeasures {
				units := []builtins.Unit{builtins.Nats}
				if m != "psi" && m != "hellinger" && m != "tv" {
					units = append(units, builtins.Bits, builtins.Hartleys)
				}
				for _, u := range units {
					expr, err := e.Dialect().PortableSQL(m, "p", "q", u)
					if err != nil {
						t.Fatal(err)
					}
					ours := fmt.Sprintf("%s(p, q, '%v')", m, u)
					switch m {
					case "entropy":
						ours = fmt.Sprintf("entropy(p, '%v')", u)
					case "psi", "hellinger", "tv":
						ours = m + "(p, q)"
					}
					tab, err := e.Query(ctx, "SELECT g, "+expr+", "+ours+" FROM d GROUP BY g ORDER BY g")
					if err != nil {
						t.Fatalf("%s: %v", expr, err)
					}
					if len(tab.Rows) != 20 {
						t.Fatalf("%s: %d groups", expr, len(tab.Rows))
					}
					for _, row := range tab.Rows {
						got, want := row[1], row[2]
						if m == "hellinger" {
							got, want = row[1].(float64)*row[1].(float64), row[2].(float64)*row[2].(float64)
						}
						if !agree(got, want, 1e-12) {
							t.Errorf("group %v: %s = %v, %s = %v", row[0], expr, row[1], ours, row[2])
						}
					}
				}
			}
		})
	}
}

// TestMeasureErrorsOnEngines: bad rows and groups are errors naming the
// function and what is wrong, on every engine.
func TestMeasureErrorsOnEngines(t *testing.T) {
	ctx := context.Background()
	cases := []struct{ stmt, want string }{
		{"WITH d(p, q) AS (VALUES (-0.25, 0.5), (1.25, 0.5)) SELECT kl(p, q) FROM d", "kl: p = -0.25 is negative"},
		{"WITH d(p, q) AS (VALUES (0.5, 2.0), (0.5, 0.5)) SELECT kl(p, q) FROM d", "is greater than 1; kl_counts(…) takes counts"},
		{"WITH d(p, q) AS (VALUES (0.25, 0.5), (0.25, 0.5)) SELECT js(p, q) FROM d", "js: p sums to 0.5 over the group's 2 rows, not 1"},
		{"WITH d(p, q) AS (VALUES (0.0, 1.0), (0.0, 2.0)) SELECT kl_counts(p, q) FROM d", "kl_counts: p has no positive count in the group"},
		{"WITH d(p) AS (VALUES (0.5), (0.5)) SELECT entropy(p, 'furlongs') FROM d", "entropy: unknown unit 'furlongs'"},
		{"WITH d(p, q) AS (VALUES (0.5, 0.5), (0.5, -0.5)) SELECT psi(p, q) FROM d", "psi: q = -0.5 is negative"},
		{"WITH d(p, q) AS (VALUES (0.5, 0.5), (0.5, $INF)) SELECT js(p, q) FROM d", "js: q = … is infinite"},
		{"WITH d(p, q) AS (VALUES (0.5, 0.5), ($INF, 0.5)) SELECT kl_counts(p, q) FROM d", "kl_counts: p = … is infinite"},
		{"WITH d(p) AS (VALUES (0.5), (3.0), (0.5)) SELECT entropy(p) FROM d", "entropy: p = 3"},
		// A row with a NULL is skipped before its other value is checked.
		{"WITH d(p, q) AS (VALUES (0.5, 0.5), (NULL, -1.0), (0.5, 0.5)) SELECT tv(p, q), hellinger(p, q) FROM d", ""},
	}
	// What each engine writes for +Inf and NaN (SQLite has no NaN: it
	// stores NULL).
	inf := map[string]string{"SQLite": "9e999", "PostgreSQL": "'Infinity'::float8", "DuckDB": "'inf'::DOUBLE"}
	nan := map[string]string{"PostgreSQL": "'NaN'::float8", "DuckDB": "'nan'::DOUBLE"}
	for _, e := range testEngines(t) {
		t.Run(e.Name(), func(t *testing.T) {
			for _, c := range cases {
				stmt := strings.ReplaceAll(c.stmt, "$INF", inf[e.Name()])
				_, err := e.Query(ctx, stmt)
				if c.want == "" {
					if err != nil {
						t.Errorf("%s: %v", stmt, err)
					}
					continue
				}
				// want's parts, between "…", are in the message in order.
				rest := ""
				if err != nil {
					rest = err.Error()
				}
				for _, part := range strings.Split(c.want, "…") {
					k := strings.Index(rest, part)
					if k < 0 {
						t.Errorf("%s: %v, want %q", stmt, err, c.want)
						break
					}
					rest = rest[k+len(part):]
				}
			}
			if n := nan[e.Name()]; n != "" {
				stmt := "WITH d(p, q) AS (VALUES (0.5, 0.5), (" + n + ", 0.5)) SELECT kl(p, q) FROM d"
				if _, err := e.Query(ctx, stmt); err == nil || !strings.Contains(err.Error(), "kl: p = NaN is not a number") {
					t.Errorf("%s: %v, want kl: p = NaN is not a number", stmt, err)
				}
			}
			// Zeros and infinities: a term 0·ln(0/q) vanishes, p > 0 = q
			// makes kl, cross_entropy and psi +Inf, and js stays finite.
			tab, err := e.Query(ctx, `WITH d(p, q, c, e) AS (VALUES (0.5, 0.5, 2.0, 0.0), (0.5, 0.0, 2.0, 4.0), (0.0, 0.5, 0.0, 4.0))
				SELECT kl(p, q), kl(q, p), cross_entropy(p, q), psi(p, q), jeffreys_counts(c, e), kl_counts(e, c), js(p, q), kl(p, p), entropy_counts(c) FROM d`)
			if err != nil {
				t.Fatal(err)
			}
			want := []float64{math.Inf(1), math.Inf(1), math.Inf(1), math.Inf(1), math.Inf(1), math.Inf(1), math.Ln2 / 2, 0, math.Ln2}
			for i, w := range want {
				if !agree(tab.Rows[0][i], w, 1e-12) {
					t.Errorf("zeros and infinities, column %d: %v, want %v", i+1, tab.Rows[0][i], w)
				}
			}
			// NULL rows are skipped; an empty group is NULL.
			tab, err = e.Query(ctx, "WITH d(p, q) AS (VALUES (0.5, 0.5), (NULL, 0.25), (0.5, 0.5)) SELECT kl(p, q), (SELECT kl(p, q) FROM d WHERE p > 1) FROM d")
			if err != nil || tab.Rows[0][0] != 0.0 || tab.Rows[0][1] != nil {
				t.Errorf("NULL rows and an empty group: %v %v, want 0 and NULL", tab, err)
			}
		})
	}
}

// TestWindowFramesOnEngines: the measures as window functions over moving
// and partitioned frames, by the same names on every engine (DuckDB runs
// kl(…) OVER … as kl_window: DuckDBWindows), agree with SQLite's, which
// are the builtins' on each frame.
func TestWindowFramesOnEngines(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 9))
	const n = 40
	data := map[string]any{"i": make([]int64, n), "g": make([]int64, n), "p": make([]float64, n), "c": make([]float64, n), "d": make([]float64, n)}
	sums := map[int64]float64{}
	for k := range n {
		data["i"].([]int64)[k] = int64(k)
		data["g"].([]int64)[k] = int64(k % 4)
		data["p"].([]float64)[k] = 0.01 + r.Float64()
		data["c"].([]float64)[k] = float64(1 + r.IntN(50))
		if k%9 != 4 { // zeros: some frames are infinite
			data["d"].([]float64)[k] = float64(1 + r.IntN(50))
		}
		sums[int64(k%4)] += data["p"].([]float64)[k]
	}
	for k := range n {
		data["p"].([]float64)[k] /= sums[int64(k%4)]
	}
	stmt := `SELECT i,
	kl_counts(c, d) OVER (ORDER BY i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS k,
	psi_counts(c, d) OVER w AS psi,
	js_counts(c, d) OVER w AS j,
	entropy(p, 'bits') OVER (PARTITION BY g) AS h,
	KL(p, p) OVER (PARTITION BY g ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS zero
FROM t WINDOW w AS (ORDER BY i ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) ORDER BY i`
	var base [][]any
	for _, e := range testEngines(t) {
		if _, err := e.FromGo(ctx, "t", data); err != nil {
			t.Fatal(err)
		}
		tab, err := e.Query(ctx, stmt)
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		if len(tab.Rows) != n {
			t.Fatalf("%s: %d rows", e.Name(), len(tab.Rows))
		}
		if base == nil {
			base = tab.Rows
			finite := 0
			for _, row := range base {
				if f, ok := row[1].(float64); ok && !math.IsInf(f, 0) {
					finite++
				}
			}
			if finite == 0 || finite == n {
				t.Fatalf("SQLite: %d of %d moving kl_counts finite: the data do not test both", finite, n)
			}
			continue
		}
		for k, row := range tab.Rows {
			for j := range row {
				if !agree(row[j], base[k][j], 1e-12) {
					t.Errorf("%s row %d column %d: %v, SQLite %v", e.Name(), k, j, row[j], base[k][j])
				}
			}
		}
	}
}
