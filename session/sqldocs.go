package session

// This file documents the SQL functions of the session's database, as the
// Go builtins are documented: .doc kl (kl? in notebooks) shows the SQL
// aggregate beside the Go function of the same measure.

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// sqlFunc is the documentation of one SQL function.
type sqlFunc struct {
	call    string // its call: "kl(p, q [, unit])"
	goName  string // the builtin of the same measure, "" if none
	summary string
}

// sqlFuncs are the SQL functions, by name (the *_counts and *_json
// variants are described with each).
var sqlFuncs = map[string]sqlFunc{
	"entropy":             {"entropy(p [, unit])", "Entropy", "the Shannon entropy H(P) = −Σ p·log p of the column p over a group of rows"},
	"cross_entropy":       {"cross_entropy(p, q [, unit])", "CrossEntropy", "the cross-entropy H(P, Q) = −Σ p·log q; +Inf where p > 0 and q = 0"},
	"kl":                  {"kl(p, q [, unit])", "KL", "the Kullback–Leibler divergence KL(P‖Q) = Σ p·log(p/q); +Inf where p > 0 and q = 0"},
	"js":                  {"js(p, q [, unit])", "JS", "the Jensen–Shannon divergence, ½KL(P‖M) + ½KL(Q‖M) with M = ½(P + Q); in [0, ln 2]"},
	"js_distance":         {"js_distance(p, q [, unit])", "JSDistance", "the Jensen–Shannon distance, the square root of js(p, q)"},
	"jeffreys":            {"jeffreys(p, q [, unit])", "Jeffreys", "the Jeffreys divergence KL(P‖Q) + KL(Q‖P)"},
	"psi":                 {"psi(p, q)", "PSI", "the population stability index Σ (p − q)·ln(p/q); +Inf where one side of a bin is empty"},
	"hellinger":           {"hellinger(p, q)", "Hellinger", "the Hellinger distance √(1 − Σ √(p·q)), in [0, 1]"},
	"tv":                  {"tv(p, q)", "TotalVariation", "the total variation distance ½ Σ |p − q|, in [0, 1]"},
	"information_content": {"information_content(p [, unit])", "InformationContent", "a scalar: −log p, the surprise of an outcome of probability p"},
	"binary_entropy":      {"binary_entropy(p [, unit])", "BinaryEntropy", "a scalar: the entropy of a coin with P(heads) = p"},
}

// sqlFuncDoc is the documentation of a SQL function, for .doc NAME and
// NAME?; ok is false for a name that is not one.
func sqlFuncDoc(name string) (string, bool) {
	base := strings.ToLower(name)
	variant := ""
	for _, suf := range []string{"_counts", "_json"} {
		if b, ok := strings.CutSuffix(base, suf); ok && sqlFuncs[b].call != "" {
			base, variant = b, suf
		}
	}
	f, ok := sqlFuncs[base]
	if !ok {
		return "", false
	}
	var b strings.Builder
	b.WriteString("SQL function " + f.call + "\n\n")
	b.WriteString(strings.ToUpper(f.summary[:1]) + f.summary[1:] + ".\n")
	if !strings.HasPrefix(f.summary, "a scalar") {
		b.WriteString(`
An aggregate over the rows of a group, one row per outcome, a column per
distribution (a window function too):

	SELECT feature, ` + base + `(p` + map[bool]string{true: ", q", false: ""}[strings.Contains(f.call, "q")] + `) FROM dists GROUP BY feature;

The columns are probabilities (each in [0, 1], summing to 1 over the group);
` + base + `_counts(…) takes counts or weights and normalises each column.
` + base + `('[0.2,0.5,0.3]'…) takes JSON arrays; ` + base + `_json(a, …) does so row by row.
Rows where an argument is NULL are skipped.
`)
	}
	if strings.Contains(f.call, "unit") {
		b.WriteString("The last argument 'nats' (the default), 'bits' or 'hartleys' sets the unit.\n")
	}
	if variant != "" {
		b.WriteString("\n(" + base + variant + " is the " + strings.TrimPrefix(variant, "_") + " variant of " + base + ".)\n")
	}
	if f.goName != "" {
		b.WriteString("\nIn Go: " + f.goName + " (.doc " + f.goName + "); SQL and Go give the same bits.")
	}
	return strings.TrimRight(b.String(), "\n"), true
}

// sqlFuncNames are the SQL functions' names, variants included, sorted (for
// completion).
func sqlFuncNames() []string {
	var out []string
	for n, f := range sqlFuncs {
		out = append(out, n)
		if !strings.HasPrefix(f.summary, "a scalar") {
			out = append(out, n+"_counts", n+"_json")
		}
	}
	sort.Strings(out)
	return out
}

// sqlWords are the SQL keywords completion offers.
var sqlWords = strings.Fields(`SELECT FROM WHERE GROUP BY ORDER HAVING LIMIT OFFSET JOIN LEFT INNER
	OUTER CROSS ON USING AS AND OR NOT NULL IS IN LIKE BETWEEN EXISTS INSERT INTO VALUES
	CREATE TABLE VIEW INDEX DROP ALTER UPDATE SET DELETE WITH DISTINCT COUNT SUM AVG MIN MAX
	CASE WHEN THEN ELSE END UNION ALL ASC DESC PRIMARY KEY REAL INTEGER TEXT OVER PARTITION`)

// completeSQL completes the word before the end of a SQL cell: keywords
// (in the case typed), the SQL functions, and the database's tables and
// their columns.
func (s *Session) completeSQL(text string, locked bool) (int, []string) {
	start := len(text)
	for start > 0 {
		c := text[start-1]
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80) {
			break
		}
		start--
	}
	word := text[start:]
	if word == "" {
		return start, nil
	}
	upper := word == strings.ToUpper(word)
	var names []string
	for _, k := range sqlWords {
		if upper {
			names = append(names, k)
		} else {
			names = append(names, strings.ToLower(k))
		}
	}
	names = append(names, sqlFuncNames()...)
	if locked && s.db != nil {
		ctx := context.Background()
		if tables, err := s.db.Tables(ctx); err == nil {
			for _, t := range tables {
				names = append(names, t)
				if rs, err := s.db.RunShown(ctx, `SELECT * FROM "`+strings.ReplaceAll(t, `"`, `""`)+`" LIMIT 0`, 0); err == nil {
					for _, r := range rs {
						if r.Table != nil {
							names = append(names, r.Table.Columns...)
						}
					}
				}
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		if strings.HasPrefix(strings.ToLower(n), strings.ToLower(word)) && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return start, out
}

// plural is "1 row", "2 rows".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// unitWord is a unit after a value: "1 bit", "0.5 bits".
func unitWord(x float64, unit string) string {
	if x == 1 || x == -1 {
		return strings.TrimSuffix(unit, "s")
	}
	return unit
}
