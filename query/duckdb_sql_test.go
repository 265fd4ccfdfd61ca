package query

import (
	"strings"
	"testing"
)

// TestDuckDBWindows: the measures' window calls get DuckDB's _window names;
// aggregates, other functions, strings, quoted names and comments do not.
func TestDuckDBWindows(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"SELECT kl(p, q) OVER (PARTITION BY g) FROM d", "SELECT kl_window(p, q) OVER (PARTITION BY g) FROM d"},
		{"SELECT KL(p, q, 'bits') over w FROM d WINDOW w AS (ORDER BY i)", "SELECT kl_window(p, q, 'bits') over w FROM d WINDOW w AS (ORDER BY i)"},
		{"SELECT g, kl(p, q), js(p, q) FROM d GROUP BY g", "SELECT g, kl(p, q), js(p, q) FROM d GROUP BY g"},
		{"SELECT entropy(abs(p) * (1 + 0)) /* c ) */ OVER () FROM d", "SELECT entropy_window(abs(p) * (1 + 0)) /* c ) */ OVER () FROM d"},
		{"SELECT kl_counts(c, d)\n  -- the counts\n  OVER (PARTITION BY g), psi(p, q) OVER ()", "SELECT kl_counts_window(c, d)\n  -- the counts\n  OVER (PARTITION BY g), psi_window(p, q) OVER ()"},
		{"SELECT js_counts(c, d) OVER () FROM d", "SELECT js_counts(c, d) OVER () FROM d"}, // list-based already
		{"SELECT 'kl(p, q) OVER ()', \"kl\"(p, q) OVER () FROM d", "SELECT 'kl(p, q) OVER ()', \"kl\"(p, q) OVER () FROM d"},
		{"SELECT kl(p, ')') OVER () FROM d", "SELECT kl_window(p, ')') OVER () FROM d"},
		{"SELECT s.kl(p, q) OVER (), kl(p, q) overall FROM d", "SELECT s.kl(p, q) OVER (), kl(p, q) overall FROM d"},
		{"SELECT sum(p) OVER (), mykl(p, q) OVER (), kl (p, q) OVER () FROM d", "SELECT sum(p) OVER (), mykl(p, q) OVER (), kl_window (p, q) OVER () FROM d"},
		{"SELECT kl(p, q FROM d", "SELECT kl(p, q FROM d"},
	} {
		if got := DuckDBWindows(c.in); got != c.want {
			t.Errorf("DuckDBWindows(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

// FuzzDuckDBWindows: the rewrite of a statement for DuckDB only inserts
// _window after the names of measures (lower-cased), and a second pass
// changes nothing; it never panics, whatever the text.
func FuzzDuckDBWindows(f *testing.F) {
	for _, s := range []string{
		"SELECT kl(p, q) OVER (PARTITION BY g) FROM t",
		"select KL(p,q) over w, js(p, q) from t window w as (order by i)",
		"SELECT 'kl(p, q) OVER' , \"kl\"(p) OVER (), -- kl(p,q) over\n x.kl(p, q) OVER ()",
		"SELECT kl((p), (q)) /* c */ OVER (ROWS 2 PRECEDING) FROM t; SELECT entropy(p) OVER () FROM u",
		"kl(", "kl(p, q) OVE", "'", "/*", "--",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := DuckDBWindows(in)
		if again := DuckDBWindows(out); again != out {
			t.Fatalf("not idempotent:\n%q\n%q\n%q", in, out, again)
		}
		strip := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_window", "")) }
		if strip(out) != strip(in) && !strings.Contains(strings.ToLower(in), "_window") {
			t.Fatalf("changed more than the names:\n%q\n%q", in, out)
		}
	})
}
