package query

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/divergo/divergo/builtins"
)

func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// one runs a query that returns one value.
func one(t testing.TB, db *DB, q string, args ...any) any {
	t.Helper()
	tab, err := db.Query(context.Background(), q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	if tab == nil || len(tab.Rows) != 1 || len(tab.Rows[0]) != 1 {
		t.Fatalf("%s: want one value, got %v", q, tab)
	}
	return tab.Rows[0][0]
}

func mustExec(t testing.TB, db *DB, q string, args ...any) {
	t.Helper()
	if _, err := db.SQL().Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func near(a, b float64) bool {
	if math.IsInf(a, 1) || math.IsInf(b, 1) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b))
}

// load puts distributions into table name(g, i, p, q).
func load(t testing.TB, db *DB, name string, groups map[string][2][]float64) {
	t.Helper()
	mustExec(t, db, "CREATE TABLE "+name+" (g TEXT, i INTEGER, p REAL, q REAL)")
	for g, pq := range groups {
		for i := range pq[0] {
			mustExec(t, db, "INSERT INTO "+name+" VALUES (?, ?, ?, ?)", g, i, pq[0][i], pq[1][i])
		}
	}
}

func TestAggregatesAgreeWithBuiltins(t *testing.T) {
	db := openTest(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 3))
	groups := map[string][2][]float64{}
	counts := map[string][2][]float64{}
	for g := range 30 {
		n := 1 + r.IntN(20)
		p, q, c, d := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
		for i := range n {
			if g%3 != 0 || r.IntN(4) > 0 {
				p[i] = r.ExpFloat64()
			}
			q[i] = r.ExpFloat64()
			if g%5 == 0 && r.IntN(4) == 0 {
				q[i] = 0
			}
			c[i], d[i] = float64(r.IntN(50)), float64(r.IntN(50))
		}
		p[0]++
		q[n-1]++
		c[0]++
		d[n-1]++
		name := fmt.Sprintf("g%02d", g)
		groups[name] = [2][]float64{builtins.Normalize(p), builtins.Normalize(q)}
		counts[name] = [2][]float64{c, d}
	}
	load(t, db, "t", groups)
	load(t, db, "c", counts)
	ctx := context.Background()
	type fn func(p, q []float64, o ...builtins.Option) (float64, error)
	cases := []struct {
		sql  string
		want fn
		opts []builtins.Option
	}{
		{"entropy(p)", func(p, _ []float64, o ...builtins.Option) (float64, error) { return builtins.TryEntropy(p, o...) }, nil},
		{"entropy(p, 'bits')", func(p, _ []float64, o ...builtins.Option) (float64, error) { return builtins.TryEntropy(p, o...) }, []builtins.Option{builtins.Bits}},
		{"cross_entropy(p, q)", builtins.TryCrossEntropy, nil},
		{"kl(p, q)", builtins.TryKL, nil},
		{"kl(p, q, 'hartleys')", builtins.TryKL, []builtins.Option{builtins.Hartleys}},
		{"js(p, q)", builtins.TryJS, nil},
		{"js_distance(p, q, 'bits')", builtins.TryJSDistance, []builtins.Option{builtins.Bits}},
		{"jeffreys(p, q)", builtins.TryJeffreys, nil},
		{"psi(p, q)", builtins.TryPSI, nil},
		{"hellinger(p, q)", builtins.TryHellinger, nil},
		{"tv(p, q)", builtins.TryTotalVariation, nil},
	}
	for _, c := range cases {
		for table, data := range map[string]map[string][2][]float64{"t": groups, "c": counts} {
			expr := c.sql
			opts := c.opts
			if table == "c" {
				expr = strings.Replace(expr, "(", "_counts(", 1)
				opts = append(append([]builtins.Option{}, opts...), builtins.Counts)
			}
			tab, err := db.Query(ctx, "SELECT g, "+expr+" FROM "+table+" GROUP BY g ORDER BY g")
			if err != nil {
				t.Fatalf("%s: %v", expr, err)
			}
			if len(tab.Rows) != len(data) {
				t.Fatalf("%s: %d groups, want %d", expr, len(tab.Rows), len(data))
			}
			for _, row := range tab.Rows {
				pq := data[row[0].(string)]
				want, err := c.want(pq[0], pq[1], opts...)
				if err != nil {
					t.Fatalf("builtins for %s: %v", expr, err)
				}
				// The same bits as Go: the aggregate computes with builtins.
				got, _ := row[1].(float64)
				if got != want {
					t.Errorf("%s over group %v = %v, builtins %v", expr, row[0], row[1], want)
				}
			}
		}
	}
}

func TestSeed002InSQL(t *testing.T) {
	db := openTest(t)
	got := one(t, db, `WITH d(p, q) AS (VALUES (0.2, 0.3), (0.5, 0.4), (0.3, 0.3)) SELECT kl(p, q) FROM d`)
	if v, _ := got.(float64); !strings.HasPrefix(fmt.Sprint(v), "0.0304787540354") {
		t.Errorf("seed 002 KL in SQL = %v", got)
	}
	if got := one(t, db, `SELECT kl('[0.2,0.5,0.3]', '[0.3,0.4,0.3]')`); got != builtins.KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}) {
		t.Errorf("kl over JSON = %v", got)
	}
	if got := one(t, db, `SELECT js_json('[0.2,0.5,0.3]', '[0.3,0.4,0.3]', 'bits')`); got != builtins.JS([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3}, builtins.Bits) {
		t.Errorf("js_json = %v", got)
	}
	if got := one(t, db, `SELECT information_content(0.5, 'bits')`); got != 1.0 {
		t.Errorf("information_content(0.5, 'bits') = %v", got)
	}
	if got := one(t, db, `SELECT binary_entropy(0.5, 'bits')`); got != 1.0 {
		t.Errorf("binary_entropy(0.5, 'bits') = %v", got)
	}
	if got := one(t, db, `WITH d(p, q) AS (VALUES (0.5, 1.0), (0.5, 0.0)) SELECT kl(p, q)`+` FROM d`); !math.IsInf(got.(float64), 1) {
		t.Errorf("infinite KL = %v", got)
	}
	if got := one(t, db, `WITH d(p, q) AS (VALUES (0.5, 0.5), (NULL, 0.2), (0.5, 0.5)) SELECT kl(p, q) FROM d`); got != 0.0 {
		t.Errorf("NULL rows are not skipped: %v", got)
	}
	if got := one(t, db, `SELECT kl(p, q) FROM (SELECT 0.5 AS p, 0.5 AS q WHERE 0)`); got != nil {
		t.Errorf("an empty group gives %v, want NULL", got)
	}
}

func TestWindow(t *testing.T) {
	db := openTest(t)
	// Counts over bins; a window of three bins slides along.
	mustExec(t, db, "CREATE TABLE b (bin INTEGER, c REAL, d REAL)")
	c := []float64{1, 4, 2, 7, 3, 3, 9}
	d := []float64{2, 2, 5, 1, 6, 4, 1}
	for i := range c {
		mustExec(t, db, "INSERT INTO b VALUES (?, ?, ?)", i, c[i], d[i])
	}
	tab, err := db.Query(context.Background(), `SELECT bin, kl_counts(c, d) OVER (ORDER BY bin ROWS BETWEEN 2 PRECEDING AND CURRENT ROW),
		js_counts(c, d) OVER (ORDER BY bin ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM b ORDER BY bin`)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range tab.Rows {
		lo := max(0, i-2)
		wantKL := builtins.KL(c[lo:i+1], d[lo:i+1], builtins.Counts)
		wantJS := builtins.JS(c[lo:i+1], d[lo:i+1], builtins.Counts)
		if !near(row[1].(float64), wantKL) || !near(row[2].(float64), wantJS) {
			t.Errorf("window at bin %d: kl %v js %v, want %v %v", i, row[1], row[2], wantKL, wantJS)
		}
	}
}

func TestSQLErrors(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	for q, want := range map[string]string{
		`WITH d(p, q) AS (VALUES (0.2, 0.3), (0.5, -0.4)) SELECT kl(p, q) FROM d`:            "kl: q = -0.4 is negative",
		`WITH d(p, q) AS (VALUES (0.2, 0.3), ('x', 0.4)) SELECT kl(p, q) FROM d`:             "kl: p = 'x' is not a number",
		`WITH d(p, q) AS (VALUES (0.2, 0.3), (0.5, 0.4)) SELECT kl(p, q) FROM d`:             "kl: p sums to 0.7 over the group's 2 rows, not 1 (tolerance 1e-09); kl_counts(…) normalises counts",
		`WITH d(p, q) AS (VALUES (2, 3), (5, 4)) SELECT kl(p, q) FROM d`:                     "kl: p = 2 is greater than 1; kl_counts(…) takes counts",
		`WITH d(p, q) AS (VALUES (0.5, 0.5), (0.5, 0.5)) SELECT kl(p, q, 'furlongs') FROM d`: "kl: unknown unit 'furlongs'; use 'nats', 'bits' or 'hartleys'",
		`WITH d(p, q) AS (VALUES (0.5, 0.5), (0.5, 0.5)) SELECT tv(p, q, 'bits') FROM d`:     "tv takes (p, q), not 3 arguments",
		`SELECT kl('[0.5,0.5]', '[0.5]')`:                                                    "kl: p and q differ in length (2 and 1)",
		`WITH d(a, b) AS (VALUES ('[1]', '[1]'), ('[1]', '[1]')) SELECT kl(a, b) FROM d`:     "kl: more than one row of JSON arrays; use kl_json(…) for one value per row",
		`WITH d(p, q) AS (VALUES (0, 0), (0, 1)) SELECT kl_counts(p, q) FROM d`:              "kl_counts: p has no positive count in the group",
		`SELECT binary_entropy(1.5)`:                                                         "binary_entropy: p = 1.5 is greater than 1",
	} {
		_, err := db.Query(ctx, q)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s:\n got %v\nwant %s", q, err, want)
		}
	}
}

func TestSplitStatements(t *testing.T) {
	text := "SELECT 1;\n-- a comment; still a comment\nSELECT ';' AS x; /* ; */ SELECT 2\n;\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;\nSELECT 3"
	var got []string
	for _, s := range SplitStatements(text) {
		got = append(got, fmt.Sprintf("%d:%s", s.Line, s.Text))
	}
	want := []string{
		"1:SELECT 1;",
		"2:-- a comment; still a comment\nSELECT ';' AS x;",
		"3:/* ; */ SELECT 2\n;",
		"5:CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;",
		"6:SELECT 3",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	for text, want := range map[string]bool{"SELECT 1;": true, "SELECT 1": false, "SELECT ';'": false, "SELECT 1; -- done": true, "": false, "SELECT 'a;": false} {
		if Complete(text) != want {
			t.Errorf("Complete(%q) = %v", text, !want)
		}
	}
}

// A window whose frame grows past exactFrame switches to running sums; they
// agree with builtins to rounding.
func TestLongWindow(t *testing.T) {
	db := openTest(t)
	const n = exactFrame + 1500
	r := rand.New(rand.NewPCG(5, 6))
	c, d := make([]float64, n), make([]float64, n)
	tx, _ := db.SQL().Begin()
	tx.Exec("CREATE TABLE w (i INTEGER, c REAL, d REAL)")
	for i := range n {
		c[i], d[i] = float64(1+r.IntN(9)), float64(1+r.IntN(9))
		tx.Exec("INSERT INTO w VALUES (?, ?, ?)", i, c[i], d[i])
	}
	tx.Commit()
	tab, err := db.Query(context.Background(), "SELECT i, kl_counts(c, d) OVER (ORDER BY i), entropy_counts(c) OVER (ORDER BY i) FROM w ORDER BY i")
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, 1, 100, exactFrame - 1, exactFrame, exactFrame + 1, n - 1} {
		row := tab.Rows[i]
		wantKL := builtins.KL(c[:i+1], d[:i+1], builtins.Counts)
		wantH := builtins.Entropy(c[:i+1], builtins.Counts)
		if !near(row[1].(float64), wantKL) || !near(row[2].(float64), wantH) {
			t.Errorf("row %d: kl %v (want %v), entropy %v (want %v)", i, row[1], wantKL, row[2], wantH)
		}
	}
}

// A sliding frame longer than exactFrame uses the running sums, removing
// rows as they leave; the rows span several chunks, and the early ones are
// freed. They agree with builtins to rounding.
func TestSlidingWindow(t *testing.T) {
	db := openTest(t)
	const n, frame = 2*chunkSize + 3000, exactFrame + 900
	r := rand.New(rand.NewPCG(7, 8))
	c, d := make([]float64, n), make([]float64, n)
	for i := range n {
		c[i], d[i] = float64(r.IntN(9)), float64(1+r.IntN(9))
	}
	c[0] = 1
	if _, err := db.FromGo(context.Background(), "w", map[string]any{"c": c, "d": d}); err != nil {
		t.Fatal(err)
	}
	tab, err := db.Query(context.Background(), fmt.Sprintf(`SELECT
		kl_counts(c, d) OVER f, entropy_counts(c, 'bits') OVER f, js(c / s, d / u) OVER g, hellinger_counts(c, d) OVER f
		FROM (SELECT rowid AS i, c, d, sum(c) OVER () AS s, sum(d) OVER () AS u FROM w)
		WINDOW f AS (ORDER BY i ROWS BETWEEN %d PRECEDING AND CURRENT ROW),
		g AS (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY i`, frame-1))
	if err != nil {
		t.Fatal(err)
	}
	var sc, sd float64
	for i := range n {
		sc += c[i]
		sd += d[i]
	}
	for _, i := range []int{0, 1, exactFrame, frame - 1, frame, frame + 1, chunkSize - 1, chunkSize, chunkSize + frame, 2 * chunkSize, n - 1} {
		lo := max(0, i-frame+1)
		row := tab.Rows[i]
		want := []float64{
			builtins.KL(c[lo:i+1], d[lo:i+1], builtins.Counts),
			builtins.Entropy(c[lo:i+1], builtins.Counts, builtins.Bits),
			builtins.JS(c, d, builtins.Counts),
			builtins.Hellinger(c[lo:i+1], d[lo:i+1], builtins.Counts),
		}
		for j, w := range want {
			if got := row[j].(float64); math.Abs(got-w) > 1e-10*math.Max(1, w) {
				t.Errorf("row %d, column %d: %v, want %v", i, j, got, w)
			}
		}
	}
}

// FuzzSplitStatements: no panic; each statement is a piece of the input, in
// order, on a line of it; a complete text's last statement ends with ';'.
func FuzzSplitStatements(f *testing.F) {
	f.Add("SELECT 1;\n-- a comment; still a comment\nSELECT ';' AS x; /* ; */ SELECT 2\n;")
	f.Add("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;\nSELECT 3")
	f.Add("SELECT 'it''s';\nSELECT [a;b], `c;d`, \"e;f\" FROM t; -- done")
	f.Add("WITH d(p, q) AS (VALUES (0.2, 0.3))\nSELECT kl(p, q) FROM d;")
	f.Add("/* open")
	f.Add(";;\n;")
	f.Fuzz(func(t *testing.T, text string) {
		stmts := SplitStatements(text)
		lines := strings.Count(text, "\n") + 1
		at := 0
		for _, s := range stmts {
			i := strings.Index(text[at:], s.Text)
			if i < 0 {
				t.Fatalf("statement %q is not in the input after byte %d", s.Text, at)
			}
			if s.Text == "" || s.Line < 1 || s.Line > lines {
				t.Fatalf("statement %q at line %d of %d", s.Text, s.Line, lines)
			}
			at += i + len(s.Text)
		}
		if Complete(text) && (len(stmts) == 0 || !strings.HasSuffix(stmts[len(stmts)-1].Text, ";")) {
			t.Fatalf("Complete, but the last statement of %q does not end with ';': %v", text, stmts)
		}
	})
}
