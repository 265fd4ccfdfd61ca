package query

import (
	"fmt"
	"math"
	"strings"
)

// The measures in DuckDB: SQL macros over DuckDB's vectorised aggregates
// (a Go function called per row costs about 10× the SQL there), created in
// each database as it opens (DuckDBMacros). They keep the names, arguments
// and rules of the SQL functions (functions.go): kl(p, q), kl(p, q, 'bits'),
// kl_counts(p, q), … as aggregates.
//
// Each macro is a CASE over a few aggregates of its arguments (duckFast): a
// count, the totals of p and q, and the compensated sum of the terms
// (duckSum: two plain sums for probabilities, fsum for counts). The
// total of p checks each row as SQLite does (a NaN, negative, infinite or —
// for probabilities — greater-than-1 value is an error naming it, from
// DuckDB's error()); then the CASE checks the totals against
// builtins.SumTolerance, gives +Inf where a term is infinite, and computes
// the measure from the sums with the formulas of functions.go (KL =
// (1/C)·Σ c·ln(c/d) + ln(D/C) for counts, and so on). Which bad value a
// message names may differ from SQLite's when a group has several: SQLite
// names the first row's, DuckDB the first its threads reach.
//
// Window forms. DuckDB lets a macro be a window function (kl(p, q) OVER …)
// only when its body holds exactly one aggregate call, which the fast
// macros do not; so each measure also has kl_window(p, q) and friends, whose
// one aggregate is list(…) of the frame's rows, and list functions do the
// rest. divergo's DuckDB engine renames NAME(…) OVER to NAME_window(…) OVER
// before DuckDB reads a statement (DuckDBWindows), so that the window forms
// have the aggregates' names there as on SQLite and PostgreSQL; SQL run on a
// DuckDB file by other programs writes kl_window(…) OVER …. js_counts,
// js_distance_counts and tv_counts need the totals before the first term
// and are list-based under their own names, so they are window functions
// too (the unit, if given, is then a constant).

// DuckDBMacros returns the statements that create the measures as macros.
func DuckDBMacros() []string {
	var out []string
	for _, m := range measures() {
		out = append(out, duckList(m)...)
		if m.keepsRows() {
			continue
		}
		params := "p"
		if m.args == 2 {
			params = "p, q"
		}
		body := duckFast(m)
		def := fmt.Sprintf("(%s) AS %s", params, strings.ReplaceAll(body, "$UNIT", "1.0"))
		if m.unit {
			def += fmt.Sprintf(",\n  (%s, u) AS %s", params, strings.ReplaceAll(body, "$UNIT", duckUnit(m, "any_value(u)")))
		}
		out = append(out, fmt.Sprintf("CREATE OR REPLACE MACRO %s%s", m.name, def))
	}
	return out
}

// duckUnit is the divisor that turns nats into the unit u, or an error.
func duckUnit(m measure, u string) string {
	return fmt.Sprintf(`(CASE lower(trim(%[1]s)) WHEN 'nats' THEN 1.0 WHEN 'nat' THEN 1.0 WHEN 'bits' THEN ln(2) WHEN 'bit' THEN ln(2)
    WHEN 'hartleys' THEN ln(10) WHEN 'hartley' THEN ln(10)
    ELSE error('%[2]s: unknown unit ''' || %[1]s || '''; use ''nats'', ''bits'' or ''hartleys''') END)`, u, m.name)
}

// duckSplit is the constant of duckSum's split: (t + 6144) − 6144 rounds t
// to a multiple of 2⁻⁴⁰ (6144 = 1.5·2¹², whose ulp is 2⁻⁴⁰), exactly.
const duckSplit = "6144.0::DOUBLE"

// duckSum is the compensated sum of a measure's terms t. For probabilities
// it is two plain sums: of hi, t rounded to a multiple of 2⁻⁴⁰, and of the
// rest lo = t − hi (|lo| ≤ 2⁻⁴¹). Every partial sum of the hi is a multiple
// of 2⁻⁴⁰ below 2¹³ in size — the terms of probabilities that pass the
// checks add up to at most 2·745·(1 + tolerance) in size, 745 being
// −ln of the smallest double — so DuckDB adds them exactly, in whatever
// order its threads take; the lo carry the rest of each term's digits, with
// a rounding error far below the result's last digit. DuckDB's compensated
// fsum costs about twice as much here (bench/README.md). Counts have no bound
// on their terms, so for them it is fsum. t appears twice: DuckDB computes
// an expression once however many aggregates take it, as long as it holds
// no error() call (the checks are in the total of p).
func duckSum(m measure, t string) string {
	if m.counts {
		return "fsum(" + t + ")"
	}
	hi := "((" + t + ") + " + duckSplit + ") - " + duckSplit
	return "(sum(" + hi + ") + sum((" + t + ") - (" + hi + ")))"
}

// duckFast is the body of a fast macro, with $UNIT for the unit's divisor;
// p and q are its parameters, cast to DOUBLE.
//
// Each row is checked where the first column is summed: a NaN, negative,
// infinite or, for probabilities, greater-than-1 value calls error() with
// SQLite's message, evaluated for that row only. Where DuckDB's statistics
// of the columns show every value valid (a table's min and max), the check
// folds to true and costs nothing. The terms hold no error() (so that
// DuckDB computes each once), and vanish where they should (see below).
// Then the totals are checked, as SQLite does after the rows, an infinite
// term makes the measure +Inf, and the measure is computed with the
// formulas of functions.go.
func duckFast(m measure) string {
	P, Q := "p::DOUBLE", "q::DOUBLE"
	n := "count(" + P + ")"
	if m.args == 2 {
		n = "count(" + P + " + " + Q + ")"
	}
	total := func(x string) string {
		if m.counts {
			return "fsum(" + x + ")"
		}
		return "sum(" + x + ")"
	}
	cols := []struct{ name, x string }{{"p", P}, {"q", Q}}[:m.args]
	// The row check, and the messages of a bad row.
	var ok, msg, null []string
	for _, c := range cols {
		if m.counts {
			ok = append(ok, fmt.Sprintf("%[1]s >= 0 AND %[1]s <= %[2]g", c.x, math.MaxFloat64))
		} else {
			ok = append(ok, fmt.Sprintf("%[1]s >= 0 AND %[1]s <= 1 + %[2]g", c.x, sumTolerance))
		}
		msg = append(msg,
			fmt.Sprintf("WHEN isnan(%[1]s) THEN '%[2]s: %[3]s = NaN is not a number'", c.x, m.name, c.name),
			fmt.Sprintf("WHEN %[1]s < 0 THEN '%[2]s: %[3]s = ' || %[1]s || ' is negative'", c.x, m.name, c.name),
			fmt.Sprintf("WHEN isinf(%[1]s) THEN '%[2]s: %[3]s = ' || %[1]s || ' is infinite'", c.x, m.name, c.name))
		if !m.counts {
			msg = append(msg, fmt.Sprintf("WHEN %[1]s > 1 + %[4]g THEN '%[2]s: %[3]s = ' || %[1]s || ' is greater than 1; %[2]s_counts(…) takes counts'",
				c.x, m.name, c.name, sumTolerance))
		}
		null = append(null, c.name+" IS NULL")
	}
	checked := fmt.Sprintf("CASE WHEN %s THEN %s WHEN %s THEN NULL ELSE error(CASE %s ELSE '%s: a bad row' END) END",
		strings.Join(ok, " AND "), P, strings.Join(null, " OR "), strings.Join(msg, " "), m.name)
	sp := total(checked)
	sq := ""
	if m.args == 2 {
		sq = total("CASE WHEN p IS NOT NULL THEN " + Q + " END")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CASE\n    WHEN %s = 0 THEN NULL\n", n)
	for i, c := range cols {
		s := []string{sp, sq}[i]
		if m.counts {
			fmt.Fprintf(&b, "    WHEN %s <= 0 THEN error('%s: %s has no positive count in the group')\n", s, m.name, c.name)
		} else {
			fmt.Fprintf(&b, "    WHEN abs(%[1]s - 1) > %[4]g THEN error('%[2]s: %[3]s sums to ' || %[1]s || ' over the group''s ' || %[5]s || ' rows, not 1 (tolerance %[4]g); %[2]s_counts(…) normalises counts')\n",
				s, m.name, c.name, sumTolerance, n)
		}
	}
	// The terms. For probabilities, p + ε and q + ε (ε = 2⁻¹⁰²², the
	// smallest normal double — a subnormal one would slow every addition —
	// which leaves every p and q above 2⁻⁹⁶⁹ ≈ 2·10⁻²⁹² as it is, and moves
	// smaller ones by less than 10⁻³⁰⁷) keep a term with p = 0 at 0·(a
	// finite number) without a CASE, which costs DuckDB a copy of the
	// column; an infinite measure (p > 0 = q in kl) is
	// counted apart, a count_if that DuckDB's statistics fold away where a
	// column has no zeros. Counts have no bound that would keep ε/q above 0,
	// so their terms are NULL (skipped) where they vanish, through nullif,
	// and an infinite one makes their sum infinite or NaN.
	var t1, t2, inf string
	const eps = "2.2250738585072014e-308::DOUBLE"
	Pe, Qe := "("+P+" + "+eps+")", "("+Q+" + "+eps+")"
	switch m.kind {
	case kindEntropy:
		if m.counts {
			t1 = fmt.Sprintf("%[1]s * ln(nullif(%[1]s, 0))", P)
		} else {
			t1 = fmt.Sprintf("%s * ln(%s)", P, Pe)
		}
	case kindCross:
		if m.counts {
			t1 = fmt.Sprintf("nullif(%s, 0) * ln(%s)", P, Q)
		} else {
			t1 = fmt.Sprintf("%s * ln(%s)", P, Qe)
		}
		inf = fmt.Sprintf("%s > 0 AND %s = 0", P, Q)
	case kindKL:
		if m.counts {
			t1 = fmt.Sprintf("%[1]s * ln(nullif(%[1]s, 0) / %[2]s)", P, Q)
		} else {
			t1 = fmt.Sprintf("%s * ln(%s / %s)", P, Pe, Qe)
		}
		inf = fmt.Sprintf("%s > 0 AND %s = 0", P, Q)
	case kindJS, kindJSDistance:
		// 2(p + ε)/(p + q + 2ε): each side's term vanishes with its value.
		t1 = fmt.Sprintf("%[1]s * ln(2 * %[3]s / (%[1]s + %[2]s + 2 * %[5]s)) + %[2]s * ln(2 * %[4]s / (%[1]s + %[2]s + 2 * %[5]s))", P, Q, Pe, Qe, eps)
	case kindJeffreys:
		// nullif(p, q): a term where p = q vanishes (0·ln 1, or 0 and 0).
		if m.counts {
			t1 = fmt.Sprintf("%[1]s * ln(nullif(%[1]s, %[2]s) / %[2]s)", P, Q)
			t2 = fmt.Sprintf("%[2]s * ln(nullif(%[1]s, %[2]s) / %[2]s)", P, Q)
		} else {
			t1 = fmt.Sprintf("(%s - %s) * ln(%s / %s)", P, Q, Pe, Qe)
		}
		inf = fmt.Sprintf("%[1]s <> %[2]s AND (%[1]s = 0 OR %[2]s = 0)", P, Q)
	case kindHellinger:
		t1 = fmt.Sprintf("sqrt(%s * %s)", P, Q)
	case kindTV:
		t1 = fmt.Sprintf("abs(%s - %s)", P, Q)
	}
	T1, T2 := duckSum(m, t1), duckSum(m, t2)
	switch {
	case inf != "" && m.counts:
		fmt.Fprintf(&b, "    WHEN NOT isfinite(%s) THEN 'inf'::DOUBLE\n", T1)
	case inf != "":
		fmt.Fprintf(&b, "    WHEN count_if(%s) > 0 THEN 'inf'::DOUBLE\n", inf)
	}
	var nats string
	if !m.counts {
		switch m.kind {
		case kindEntropy, kindCross:
			nats = "-" + T1
		case kindKL, kindJeffreys:
			nats = T1
		case kindJS, kindJSDistance:
			nats = "least(" + T1 + " / 2, ln(2))"
		case kindHellinger:
			nats = "sqrt(greatest(0, 1 - " + T1 + "))"
		case kindTV:
			nats = T1
		}
	} else {
		switch m.kind {
		case kindEntropy:
			nats = fmt.Sprintf("ln(%[1]s) - %[2]s / %[1]s", sp, T1)
		case kindCross:
			nats = fmt.Sprintf("ln(%s) - %s / %s", sq, T1, sp)
		case kindKL:
			nats = fmt.Sprintf("%s / %s + ln(%s / %s)", T1, sp, sq, sp)
		case kindJeffreys:
			nats = fmt.Sprintf("%s / %s - %s / %s", T1, sp, T2, sq)
		case kindHellinger:
			nats = fmt.Sprintf("sqrt(greatest(0, 1 - %s / sqrt(%s * %s)))", T1, sp, sq)
		}
	}
	var v string
	switch m.kind {
	case kindTV:
		v = "(" + nats + ") / 2"
	case kindHellinger:
		v = nats
	case kindJSDistance:
		v = "sqrt(greatest(0, " + nats + ") / $UNIT)"
	default:
		if m.unit {
			v = "greatest(0, " + nats + ") / $UNIT"
		} else {
			v = "greatest(0, " + nats + ")"
		}
	}
	fmt.Fprintf(&b, "    ELSE %s\n  END", v)
	return b.String()
}

// duckList returns the list-based macros of a measure: divergo_NAME_list
// over a list of {p, q} structs and a unit, and NAME_window(p, q [, unit])
// (or, for the measures that keep their rows, NAME itself) over the rows.
func duckList(m measure) []string {
	entry := m.name + "_window"
	if m.keepsRows() {
		entry = m.name
	}
	params, pack := "p", "struct_pack(p := p::DOUBLE, q := 0::DOUBLE)"
	if m.args == 2 {
		params, pack = "p, q", "struct_pack(p := p::DOUBLE, q := q::DOUBLE)"
	}
	helper := "divergo_" + m.name + "_list"
	// coalesce(list(…), []): a window form with an alias (… OVER w AS x)
	// fails to bind when the aggregate is the helper's argument itself
	// (DuckDB 2.0: "positional argument following named argument").
	def := fmt.Sprintf("(%s) AS %s(coalesce(list(%s), []), 'nats')", params, helper, pack)
	if m.unit {
		def += fmt.Sprintf(",\n  (%s, u) AS %s(coalesce(list(%s), []), u)", params, helper, pack)
	}
	keep := "x.p IS NOT NULL"
	if m.args == 2 {
		keep += " AND x.q IS NOT NULL"
	}
	// Three steps, so that each list is written once: the rows that count;
	// then their columns; then the checks and the measure.
	var b strings.Builder
	fmt.Fprintf(&b, "CASE\n    WHEN len(l) = 0 THEN NULL\n")
	for _, c := range []string{"p", "q"}[:m.args] {
		col := "l" + c
		fmt.Fprintf(&b, "    WHEN list_bool_or(list_transform(%[1]s, lambda y: isnan(y))) THEN error('%[2]s: %[3]s = NaN is not a number')\n", col, m.name, c)
		fmt.Fprintf(&b, "    WHEN list_min(%[1]s) < 0 THEN error('%[2]s: %[3]s = ' || list_min(%[1]s) || ' is negative')\n", col, m.name, c)
		fmt.Fprintf(&b, "    WHEN isinf(list_max(%[1]s)) THEN error('%[2]s: %[3]s = ' || list_max(%[1]s) || ' is infinite')\n", col, m.name, c)
		if m.counts {
			fmt.Fprintf(&b, "    WHEN list_aggregate(%[1]s, 'fsum') <= 0 THEN error('%[2]s: %[3]s has no positive count in the group')\n", col, m.name, c)
		} else {
			fmt.Fprintf(&b, "    WHEN list_max(%[1]s) > 1 + %[4]g THEN error('%[2]s: %[3]s = ' || list_max(%[1]s) || ' is greater than 1; %[2]s_counts(…) takes counts')\n",
				col, m.name, c, sumTolerance)
			fmt.Fprintf(&b, "    WHEN abs(list_aggregate(%[1]s, 'fsum') - 1) > %[4]g THEN error('%[2]s: %[3]s sums to ' || list_aggregate(%[1]s, 'fsum') || ' over the group''s ' || len(l) || ' rows, not 1 (tolerance %[4]g); %[2]s_counts(…) normalises counts')\n",
				col, m.name, c, sumTolerance)
		}
	}
	// The terms of the normalised rows (counts divided by their totals).
	np, nq := "z.p", "z.q"
	if m.counts {
		np = "(z.p / list_aggregate(lp, 'fsum'))"
		if m.args == 2 {
			nq = "(z.q / list_aggregate(lq, 'fsum'))"
		}
	}
	sum := func(term string) string {
		return "list_aggregate(list_transform(l, lambda z: " + term + "), 'fsum')"
	}
	anyRow := func(cond string) string {
		return "list_bool_or(list_transform(l, lambda z: " + cond + "))"
	}
	P, Q := np, nq
	var nats string
	switch m.kind {
	case kindEntropy:
		nats = "-" + sum(fmt.Sprintf("CASE WHEN %[1]s > 0 THEN %[1]s * ln(%[1]s) ELSE 0 END", P))
	case kindCross:
		fmt.Fprintf(&b, "    WHEN %s THEN 'inf'::DOUBLE\n", anyRow(fmt.Sprintf("%s > 0 AND %s = 0", P, Q)))
		nats = "-" + sum(fmt.Sprintf("CASE WHEN %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE %[1]s * ln(%[2]s) END", P, Q))
	case kindKL:
		fmt.Fprintf(&b, "    WHEN %s THEN 'inf'::DOUBLE\n", anyRow(fmt.Sprintf("%s > 0 AND %s = 0", P, Q)))
		nats = sum(fmt.Sprintf("CASE WHEN %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE %[1]s * ln(%[1]s / %[2]s) END", P, Q))
	case kindJS, kindJSDistance:
		nats = "least(" + sum(fmt.Sprintf("CASE WHEN %[1]s > 0 THEN %[1]s * ln(2 * %[1]s / (%[1]s + %[2]s)) ELSE 0 END + CASE WHEN %[2]s > 0 THEN %[2]s * ln(2 * %[2]s / (%[1]s + %[2]s)) ELSE 0 END", P, Q)) + " / 2, ln(2))"
	case kindJeffreys:
		fmt.Fprintf(&b, "    WHEN %s THEN 'inf'::DOUBLE\n", anyRow(fmt.Sprintf("%[1]s <> %[2]s AND (%[1]s = 0 OR %[2]s = 0)", P, Q)))
		nats = sum(fmt.Sprintf("CASE WHEN %[1]s = %[2]s OR %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE (%[1]s - %[2]s) * ln(%[1]s / %[2]s) END", P, Q))
	case kindHellinger:
		nats = "sqrt(greatest(0, 1 - " + sum(fmt.Sprintf("sqrt(%s * %s)", P, Q)) + "))"
	case kindTV:
		nats = sum(fmt.Sprintf("abs(%s - %s)", P, Q))
	}
	var v string
	switch m.kind {
	case kindTV:
		v = "(" + nats + ") / 2"
	case kindHellinger:
		v = nats
	case kindJSDistance:
		v = "sqrt(greatest(0, " + nats + ") / " + duckUnit(m, "u") + ")"
	default:
		v = "greatest(0, " + nats + ") / " + duckUnit(m, "u")
	}
	fmt.Fprintf(&b, "    ELSE %s\n  END", v)
	return []string{
		fmt.Sprintf("CREATE OR REPLACE MACRO %s_cols(l, u, lp, lq) AS %s", helper, b.String()),
		fmt.Sprintf("CREATE OR REPLACE MACRO %[1]s_rows(l, u) AS %[1]s_cols(l, u, list_transform(l, lambda x: x.p), list_transform(l, lambda x: x.q))", helper),
		fmt.Sprintf("CREATE OR REPLACE MACRO %[1]s(l, u) AS %[1]s_rows(list_filter(l, lambda x: %[2]s), u)", helper, keep),
		fmt.Sprintf("CREATE OR REPLACE MACRO %s%s", entry, def),
	}
}

// duckWindowNames are the measures whose window form in DuckDB is
// NAME_window (the fast aggregate macros hold several aggregates).
var duckWindowNames = func() map[string]bool {
	names := map[string]bool{}
	for _, m := range measures() {
		if !m.keepsRows() {
			names[m.name] = true
		}
	}
	return names
}()

// DuckDBWindows rewrites the window calls of the measures in SQL text for
// DuckDB: NAME(…) OVER becomes NAME_window(…) OVER, so that kl(p, q) OVER
// (…) works there as on SQLite and PostgreSQL. DuckDB takes a macro as a
// window function only when its body holds exactly one aggregate call
// (counting each occurrence: fsum(x) twice is refused), and the fast forms
// need several (the sums of the terms, of p and of q); the _window forms
// hold one, list(…) of the frame's rows. Strings, quoted names and comments
// are left alone, and so is every other call.
func DuckDBWindows(text string) string {
	var b strings.Builder
	last := 0 // text[:last] is in b
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == '\'' || c == '"':
			i = skipQuoted(text, i)
		case c == '-' && strings.HasPrefix(text[i:], "--"):
			i = skipComment(text, i)
		case c == '/' && strings.HasPrefix(text[i:], "/*"):
			i = skipComment(text, i)
		case isIdentStart(c):
			j := i
			for j < len(text) && isIdentPart(text[j]) {
				j++
			}
			name := strings.ToLower(text[i:j])
			qualified := i > 0 && text[i-1] == '.'
			if duckWindowNames[name] && !qualified {
				k := skipSpace(text, j)
				if k < len(text) && text[k] == '(' {
					if end := closeParen(text, k); end > 0 {
						o := skipSpace(text, end)
						if o+4 <= len(text) && strings.EqualFold(text[o:o+4], "over") && (o+4 == len(text) || !isIdentPart(text[o+4])) {
							b.WriteString(text[last:i])
							b.WriteString(name + "_window")
							last = j
						}
					}
				}
			}
			i = j
		default:
			i++
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

func isIdentStart(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

func isIdentPart(c byte) bool { return isIdentStart(c) || '0' <= c && c <= '9' || c == '$' }

// skipQuoted returns the index after the string or quoted name at i
// (doubled quotes inside are the quote itself).
func skipQuoted(text string, i int) int {
	q := text[i]
	for j := i + 1; j < len(text); j++ {
		if text[j] == q {
			if j+1 < len(text) && text[j+1] == q {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(text)
}

// skipComment returns the index after the -- or /* comment at i.
func skipComment(text string, i int) int {
	if strings.HasPrefix(text[i:], "--") {
		if n := strings.IndexByte(text[i:], '\n'); n >= 0 {
			return i + n + 1
		}
		return len(text)
	}
	if n := strings.Index(text[i+2:], "*/"); n >= 0 {
		return i + 2 + n + 2
	}
	return len(text)
}

// skipSpace returns the index of the first byte at or after i that is not
// space or part of a comment.
func skipSpace(text string, i int) int {
	for i < len(text) {
		switch {
		case text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r':
			i++
		case strings.HasPrefix(text[i:], "--") || strings.HasPrefix(text[i:], "/*"):
			i = skipComment(text, i)
		default:
			return i
		}
	}
	return i
}

// closeParen returns the index after the parenthesis that closes the one
// at i, or 0 if none does.
func closeParen(text string, i int) int {
	depth := 0
	for i < len(text) {
		switch c := text[i]; {
		case c == '\'' || c == '"':
			i = skipQuoted(text, i)
			continue
		case strings.HasPrefix(text[i:], "--") || strings.HasPrefix(text[i:], "/*"):
			i = skipComment(text, i)
			continue
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
		i++
	}
	return 0
}
