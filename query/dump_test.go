package query

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSniffSeparator(t *testing.T) {
	for _, c := range []struct {
		line string
		want byte
	}{
		{"a,b,c\n", ','},
		{"a;b;c\n", ';'},
		{"a\tb\n", '\t'},
		{"a|b|c\n", '|'},
		{`"x,y";"z,w";v` + "\n", ';'}, // commas in quotes do not count
		{"name\n", ','},               // one column: a comma
		{"a,b;c\n", ','},              // a tie: a comma
		{"a,b", ','},
	} {
		if got := sniffLine([]byte(c.line)); got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// TestSeparatorsOnEngines: a ';'-separated file, with a quoted field that
// holds ';', imports as three columns on every engine, sniffed or named;
// a '|' file with its separator named.
func TestSeparatorsOnEngines(t *testing.T) {
	dir := t.TempDir()
	semi := filepath.Join(dir, "semi.csv")
	bar := filepath.Join(dir, "bar.txt")
	os.WriteFile(semi, []byte("city;p;note\n\"Seoul; Korea\";0.25;one\nBusan;0.75;\"say \"\"hi\"\"\"\n"), 0o644)
	os.WriteFile(bar, []byte("a|b\n1|x,y\n"), 0o644)
	ctx := context.Background()
	for _, e := range testEngines(t) {
		t.Run(e.Name(), func(t *testing.T) {
			if n, err := e.ImportCSVWith(ctx, semi, "sniffed", CSVOptions{}); err != nil || n != 2 {
				t.Fatalf("sniffed: %d rows, %v", n, err)
			}
			if n, err := e.ImportCSVWith(ctx, semi, "named", CSVOptions{Sep: ';'}); err != nil || n != 2 {
				t.Fatalf("named: %d rows, %v", n, err)
			}
			for _, tab := range []string{"sniffed", "named"} {
				got, err := e.Query(ctx, "SELECT city, p, note FROM "+tab+" ORDER BY p")
				if err != nil {
					t.Fatal(err)
				}
				want := [][]any{{"Seoul; Korea", 0.25, "one"}, {"Busan", 0.75, `say "hi"`}}
				if fmt.Sprint(got.Rows) != fmt.Sprint(want) {
					t.Errorf("%s: %v, want %v", tab, got.Rows, want)
				}
			}
			if _, err := e.ImportCSVWith(ctx, bar, "bars", CSVOptions{Sep: '|'}); err != nil {
				t.Fatal(err)
			}
			got, err := e.Query(ctx, "SELECT a, b FROM bars")
			if err != nil || fmt.Sprint(got.Rows) != "[[1 x,y]]" {
				t.Errorf("bars: %v, %v", got, err)
			}
			// A comma, named, reads the ';' file as one column: the
			// separator named wins over the sniffed one.
			if _, err := e.ImportCSVWith(ctx, semi, "one", CSVOptions{Sep: ','}); err == nil {
				if cols, _ := e.Query(ctx, "SELECT * FROM one"); cols != nil && len(cols.Columns) != 1 {
					t.Errorf("Sep ',': columns %v, want one", cols.Columns)
				}
			}
		})
	}
}

// TestDumpOnEngines: what Dump writes, run again after the table is
// dropped, gives back the same rows (infinities, quotes, NULL included),
// with the index.
func TestDumpOnEngines(t *testing.T) {
	ctx := context.Background()
	for _, e := range testEngines(t) {
		t.Run(e.Name(), func(t *testing.T) {
			real := map[string]string{"SQLite": "REAL", "DuckDB": "DOUBLE", "PostgreSQL": "double precision"}[e.Name()]
			if _, err := e.Run(ctx, `CREATE TABLE "d t" (name TEXT, x `+real+`, n INTEGER);
				INSERT INTO "d t" VALUES ('it''s', 0.1, 1), (NULL, 1e300, -2), ('two
lines', 3, NULL);
				CREATE INDEX d_x ON "d t" (x);`); err != nil {
				t.Fatal(err)
			}
			// +Inf, inserted from Go: each engine spells it its way.
			if _, err := e.FromGo(ctx, "inf", []struct{ X float64 }{{math.Inf(1)}, {math.Inf(-1)}, {-0.5}}); err != nil {
				t.Fatal(err)
			}
			before := map[string]string{}
			order := map[string]string{`"d t"`: " ORDER BY 2", "inf": " ORDER BY 1"}
			for tab := range order {
				r, err := e.Query(ctx, "SELECT * FROM "+tab+order[tab])
				if err != nil {
					t.Fatal(err)
				}
				before[tab] = fmt.Sprint(r.Rows)
			}
			var b strings.Builder
			if err := Dump(ctx, e, "", &b); err != nil {
				t.Fatal(err)
			}
			dump := b.String()
			t.Logf("%s", dump)
			if !strings.Contains(dump, "BEGIN TRANSACTION;\n") || !strings.HasSuffix(dump, "COMMIT;\n") {
				t.Errorf("not one transaction:\n%s", dump)
			}
			idx, err := Indexes(ctx, e, "d%")
			if err != nil || !reflect.DeepEqual(idx, []string{"d_x"}) {
				t.Errorf("Indexes: %v, %v; want [d_x]", idx, err)
			}
			if _, err := e.Run(ctx, `DROP TABLE "d t"; DROP TABLE inf;`); err != nil {
				t.Fatal(err)
			}
			if _, err := e.Run(ctx, dump); err != nil {
				t.Fatalf("the dump does not run: %v", err)
			}
			for tab, want := range before {
				r, err := e.Query(ctx, "SELECT * FROM "+tab+order[tab])
				if err != nil {
					t.Fatal(err)
				}
				if got := fmt.Sprint(r.Rows); got != want {
					t.Errorf("%s after the dump: %s, want %s", tab, got, want)
				}
			}
			if idx, _ := Indexes(ctx, e, ""); !reflect.DeepEqual(idx, []string{"d_x"}) {
				t.Errorf("Indexes after the dump: %v, want [d_x]", idx)
			}
			// One table: only its statements.
			b.Reset()
			if err := Dump(ctx, e, "inf", &b); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.String(), "d t") || !strings.Contains(b.String(), "INSERT INTO") {
				t.Errorf("Dump of inf:\n%s", b.String())
			}
		})
	}
}

func TestLike(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		want       bool
	}{
		{"t", "t", true}, {"t", "T", true}, {"t", "tt", false}, {"d%", "drift", true},
		{"d_", "dx", true}, {"d_", "dxx", false}, {"%.x", "a.x", true}, {"%.x", "abx", false},
	} {
		if got := Like(c.pattern, c.s); got != c.want {
			t.Errorf("Like(%q, %q) = %v", c.pattern, c.s, got)
		}
	}
}

// TestSQLTableSliceFields: slice fields become JSON text the measures
// take; fields a cell declared unexported (the interpreter names them
// X+name and session/check tags them hiddenTag) keep their names.
func TestSQLTableSliceFields(t *testing.T) {
	type row struct {
		X이름    string `json:"-" xml:"-"`
		Xname  string `json:"-" xml:"-" db:"n"`
		Xmax   float64
		Scores []float64
		Tags   [2]string
		Raw    []byte
		Odd    []float64
	}
	ctx := context.Background()
	for _, e := range testEngines(t) {
		t.Run(e.Name(), func(t *testing.T) {
			rows := []row{
				{"김", "kim", 1, []float64{0.5, 0.5}, [2]string{"a", `"b"`}, []byte{1, 2}, []float64{math.Inf(1), math.NaN()}},
				{"이", "lee", 2, nil, [2]string{}, nil, []float64{}},
			}
			if _, err := e.FromGo(ctx, "people", rows); err != nil {
				t.Fatal(err)
			}
			got, err := e.Query(ctx, "SELECT * FROM people ORDER BY 3")
			if err != nil {
				t.Fatal(err)
			}
			if want := []string{"이름", "name", "Xmax", "Scores", "Tags", "Raw", "Odd"}; !reflect.DeepEqual(got.Columns, want) {
				t.Errorf("columns %q, want %q", got.Columns, want)
			}
			r := got.Rows[0]
			if r[3] != "[0.5,0.5]" || r[4] != `["a","\"b\""]` || r[6] != `["+Inf","NaN"]` {
				t.Errorf("JSON cells %q %q %q", r[3], r[4], r[6])
			}
			if got.Rows[1][3] != nil || got.Rows[1][6] != "[]" {
				t.Errorf("nil and empty slices: %v, %v; want NULL and []", got.Rows[1][3], got.Rows[1][6])
			}
			if e.Name() != "SQLite" {
				return // JSON arrays are SQLite's functions' only
			}
			kl, err := e.Query(ctx, "SELECT kl_json(Scores, '[0.25, 0.75]') FROM people WHERE Scores IS NOT NULL")
			want := 0.5*math.Log(0.5/0.25) + 0.5*math.Log(0.5/0.75)
			if err != nil || len(kl.Rows) != 1 || !agree(kl.Rows[0][0], want, 1e-12) {
				t.Errorf("kl_json of the slice field: %v, %v; want %v", kl, err, want)
			}
		})
	}
}
