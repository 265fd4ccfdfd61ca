package session

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/internal/pgtest"
	"github.com/divergo/divergo/query"
)

// driftReport is a drift report like notebooks/drift.ipynb's: the CSV
// imported, the measures by feature in SQL, the SQL values checked against
// the Go builtins in a Go cell, a window form. Only --db differs between
// the engines.
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
	`SELECT feature, bin, kl(p, q) OVER (PARTITION BY feature) AS kl_feature FROM drift WHERE feature = 'age' ORDER BY bin;`,
	`SELECT kl(p, q) FROM drift WHERE feature = 'age' AND bin <> '18-24';`,
	`SELECT kl(p - 0.5, q) FROM drift;`,
}

// testDatabases returns the engines under test, in order, and a function
// that gives a fresh database of one as --db: SQLite in memory; on
// PostgreSQL, a throwaway server (stopped at the end; without PostgreSQL it
// is left out, unless CI is set), a new database in it with the measures
// installed; DuckDB in memory, in builds with -tags duckdb.
func testDatabases(t *testing.T) (order []string, fresh func(engine string) string) {
	t.Helper()
	order = []string{"SQLite"}
	srv, err := pgtest.Start()
	switch {
	case err == nil:
		t.Cleanup(srv.Stop)
		order = append(order, "PostgreSQL")
	case os.Getenv("CI") == "":
		t.Logf("PostgreSQL: %v (CI unset: not compared)", err)
	default:
		t.Fatalf("PostgreSQL: %v", err)
	}
	if query.DuckDBBuilt {
		order = append(order, "DuckDB")
	} else {
		t.Log("DuckDB: not in this build (-tags duckdb)")
	}
	made := 0
	return order, func(engine string) string {
		switch engine {
		case "DuckDB":
			return "duckdb:"
		case "PostgreSQL":
			ctx := context.Background()
			admin, err := query.OpenPostgres(ctx, srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer admin.Close()
			made++
			name := fmt.Sprintf("drift%d", made)
			if _, err := admin.SQL().Exec("CREATE DATABASE " + name); err != nil {
				t.Fatal(err)
			}
			url := strings.Replace(srv.URL, "/postgres?", "/"+name+"?", 1)
			if url == srv.URL {
				t.Fatalf("no database name in %s", srv.URL)
			}
			if err := query.InstallPostgres(ctx, url, ""); err != nil {
				t.Fatal(err)
			}
			return url
		}
		return ""
	}
}

// shown runs cells in a fresh session of front end f on database db and
// returns what each shows as text (its output, its result's text/plain,
// its error), and whether each result had an image.
func shown(t *testing.T, f Frontend, db string, cells []string) (texts []string, images []bool) {
	t.Helper()
	s, err := New(Options{Database: db, Frontend: f})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, cell := range cells {
		var r recorder
		res, err := s.Eval(context.Background(), cell, &r)
		out, image := r.b.String(), false
		if res != nil {
			if text, ok := res.Data[display.MIMETypeText].(string); ok {
				out += text
			}
			_, image = res.Data[display.MIMETypePNG]
		}
		if err != nil {
			out += "error: " + err.Error()
		}
		texts = append(texts, out)
		images = append(images, image)
	}
	return texts, images
}

// TestDriftOnEngines runs the drift report (driftReport) and the SQL and
// Go cells of notebooks/drift.ipynb itself, unchanged, on SQLite,
// PostgreSQL (a throwaway server) and DuckDB (in builds with -tags duckdb),
// and compares what each cell shows: the same text, numbers within 1e-12
// relative.
func TestDriftOnEngines(t *testing.T) {
	order, fresh := testDatabases(t)
	t.Run("report", func(t *testing.T) {
		data, err := filepath.Abs("../notebooks/data/drift.csv")
		if err != nil {
			t.Fatal(err)
		}
		var cells []string
		for _, c := range driftReport {
			cells = append(cells, strings.ReplaceAll(c, "$DATA", data))
		}
		outputs := map[string][]string{}
		for _, name := range order {
			outputs[name], _ = shown(t, Terminal, fresh(name), cells)
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
			if strings.Contains(out[5], "error: ") {
				t.Errorf("%s: the window form: %s", name, out[5])
			}
			for i := range len(out) - 2 {
				if !sameShown(base[i], out[i]) {
					t.Errorf("%s, cell %d shows\n%s\nSQLite shows\n%s", name, i+1, out[i], base[i])
				}
			}
			t.Logf("%s:\n%s", name, strings.Join(out, "\n"))
		}
	})
	t.Run("notebook", func(t *testing.T) {
		b, err := os.ReadFile("../notebooks/drift.ipynb")
		if err != nil {
			t.Fatal(err)
		}
		var nb struct {
			Cells []struct {
				CellType string          `json:"cell_type"`
				Source   json.RawMessage `json:"source"`
			} `json:"cells"`
		}
		if err := json.Unmarshal(b, &nb); err != nil {
			t.Fatal(err)
		}
		var cells []string
		for _, c := range nb.Cells {
			if c.CellType != "code" {
				continue
			}
			var lines []string
			if err := json.Unmarshal(c.Source, &lines); err != nil {
				var one string
				if err := json.Unmarshal(c.Source, &one); err != nil {
					t.Fatal(err)
				}
				lines = []string{one}
			}
			cells = append(cells, strings.Join(lines, ""))
		}
		if len(cells) < 10 {
			t.Fatalf("%d code cells in drift.ipynb", len(cells))
		}
		// The cells as they are: %import data/drift.csv is relative to the
		// notebook's folder, where Jupyter runs it.
		t.Chdir("../notebooks")
		t.Setenv("DIVERGO_PLOT_DIR", t.TempDir()) // not into the source tree
		outputs, images := map[string][]string{}, map[string][]bool{}
		for _, name := range order {
			outputs[name], images[name] = shown(t, Notebook, fresh(name), cells)
		}
		base := outputs["SQLite"]
		sqlCells := 0
		for i, c := range cells {
			if strings.HasPrefix(c, "%%sql") || strings.Contains(c, "Query(") {
				sqlCells++
			}
			if strings.TrimSpace(base[i]) == "" && !images["SQLite"][i] {
				t.Errorf("SQLite, cell %d shows nothing:\n%s", i+1, c)
			}
		}
		if sqlCells < 4 {
			t.Errorf("%d cells with SQL in drift.ipynb, want 4 or more", sqlCells)
		}
		for _, name := range order {
			out := outputs[name]
			for i := range out {
				if strings.Contains(out[i], "error: ") {
					t.Errorf("%s, cell %d: %s", name, i+1, out[i])
				}
				if !sameShown(base[i], out[i]) || images[name][i] != images["SQLite"][i] {
					t.Errorf("%s, cell %d shows\n%s\nSQLite shows\n%s", name, i+1, out[i], base[i])
				}
			}
			if !strings.Contains(strings.Join(out, "\n"), "6 of 6 features: SQL's js and Go's JS agree within 1e-12") {
				t.Errorf("%s: the notebook's cross-check of SQL against Go is missing or failed", name)
			}
			t.Logf("%s:\n%s", name, strings.Join(out, "\n"))
		}
	})
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
