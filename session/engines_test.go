package session

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/divergo/divergo/internal/pgtest"
	"github.com/divergo/divergo/query"
)

// driftReport is a drift report like notebooks/drift.ipynb's: the CSV
// imported, the measures by feature in SQL, the SQL values checked against
// the Go builtins in a Go cell, a window form. Only --db differs between
// the engines (and DuckDB's window form has its own name: duckdb_sql.go).
var driftReport = []string{
	".import $DATA drift",
	".tables",
	`SELECT feature, count(*) AS bins, sum(p) AS p, sum(q) AS q FROM drift GROUP BY feature ORDER BY feature;`,
	`SELECT feature,
       kl(p, q)        AS kl,
       kl(q, p)        AS kl_reverse,
       js(p, q)        AS js,
       js_distance(p, q, 'bits') AS js_bits,
       psi(p, q)       AS psi,
       hellinger(p, q) AS hellinger,
       tv(p, q)        AS tv,
       entropy(p)      AS h_p,
       cross_entropy(p, q) AS h_pq
FROM drift
GROUP BY feature
ORDER BY js DESC, feature;`,
	`rows := Query("SELECT feature, p, q FROM drift ORDER BY feature, bin")
sqlJS := Query("SELECT feature, js(p, q) AS js, kl_counts(p * 1000, q * 1000) AS klc FROM drift GROUP BY feature ORDER BY feature")
agree := 0
for i, name := range sqlJS.Strings("feature") {
	var p, q []float64
	for j, f := range rows.Strings("feature") {
		if f == name {
			p, q = append(p, rows.Floats("p")[j]), append(q, rows.Floats("q")[j])
		}
	}
	d := math.Abs(sqlJS.Floats("js")[i] - JS(p, q))
	if d <= 1e-12*JS(p, q) {
		agree++
	}
}
fmt.Printf("%d of %d features: SQL's js and Go's JS agree within 1e-12\n", agree, sqlJS.Len())`,
	`SELECT feature, bin, $WINDOW(p, q) OVER (PARTITION BY feature) AS kl_feature FROM drift WHERE feature = 'age' ORDER BY bin;`,
	`SELECT kl(p, q) FROM drift WHERE feature = 'age' AND bin <> '18-24';`,
	`SELECT kl(p - 0.5, q) FROM drift;`,
}

// TestDriftReportOnEngines runs the drift report on SQLite, PostgreSQL (a
// throwaway server) and DuckDB (in builds with -tags duckdb) and compares
// what each cell shows: the same text, numbers within 1e-12 relative.
func TestDriftReportOnEngines(t *testing.T) {
	data, err := filepath.Abs("../notebooks/data/drift.csv")
	if err != nil {
		t.Fatal(err)
	}
	engines := map[string]string{"SQLite": ""}
	order := []string{"SQLite"}
	srv, err := pgtest.Start()
	switch {
	case err == nil:
		defer srv.Stop()
		if err := query.InstallPostgres(context.Background(), srv.URL, ""); err != nil {
			t.Fatal(err)
		}
		engines["PostgreSQL"] = srv.URL
		order = append(order, "PostgreSQL")
	case os.Getenv("CI") == "":
		t.Logf("PostgreSQL: %v (CI unset: not compared)", err)
	default:
		t.Fatalf("PostgreSQL: %v", err)
	}
	if query.DuckDBBuilt {
		engines["DuckDB"] = "duckdb:"
		order = append(order, "DuckDB")
	} else {
		t.Log("DuckDB: not in this build (-tags duckdb)")
	}
	outputs := map[string][]string{}
	for _, name := range order {
		s, err := New(Options{Database: engines[name]})
		if err != nil {
			t.Fatal(err)
		}
		window := "kl"
		if name == "DuckDB" {
			window = "kl_window"
		}
		for _, cell := range driftReport {
			cell = strings.NewReplacer("$DATA", data, "$WINDOW", window).Replace(cell)
			var r recorder
			res, err := s.Eval(context.Background(), cell, &r)
			out := r.b.String()
			if res != nil {
				out += res.Data["text/plain"].(string)
			}
			if err != nil {
				out += "error: " + err.Error()
			}
			outputs[name] = append(outputs[name], out)
		}
		s.Close()
	}
	base := outputs["SQLite"]
	// The report itself: every feature agrees with Go; the bad query fails.
	if !strings.Contains(base[4], "6 of 6 features") {
		t.Errorf("SQLite: %s", base[4])
	}
	for _, name := range order {
		out := outputs[name]
		if !strings.Contains(out[len(out)-1], "p = -0.") || !strings.Contains(out[len(out)-1], "is negative") {
			t.Errorf("%s: kl(p - 0.5, q) gave %q, want an error naming the negative value", name, out[len(out)-1])
		}
		if !strings.Contains(out[len(out)-2], "sums to") {
			t.Errorf("%s: kl over a part of a feature gave %q, want an error about the sum", name, out[len(out)-2])
		}
		for i := range len(out) - 2 {
			if !sameShown(base[i], out[i]) {
				t.Errorf("%s, cell %d shows\n%s\nSQLite shows\n%s", name, i+1, out[i], base[i])
			}
		}
		t.Logf("%s:\n%s", name, strings.Join(out, "\n"))
	}
}

// sameShown compares two outputs word by word: numbers within 1e-12
// relative, the rest exactly (table borders and spacing aside, since a
// number's width may differ in its last digits).
func sameShown(a, b string) bool {
	fa, fb := words(a), words(b)
	if len(fa) != len(fb) {
		return false
	}
	for i := range fa {
		if fa[i] == fb[i] {
			continue
		}
		x, errx := strconv.ParseFloat(fa[i], 64)
		y, erry := strconv.ParseFloat(fb[i], 64)
		if errx != nil || erry != nil || math.Abs(x-y) > 1e-12*math.Max(math.Abs(x), math.Abs(y)) {
			return false
		}
	}
	return true
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '|' || r == '│' || r == '─' || r == '┼' || r == '┌' || r == '┐' || r == '└' || r == '┘' || r == '├' || r == '┤' || r == '┬' || r == '┴' || r == '+'
	})
}
