package query

import "testing"

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
