package query

import (
	"fmt"
	"strings"
)

// The measures in DuckDB: SQL macros over DuckDB's vectorised aggregates
// (a Go function called per row costs about 10× the SQL there), created in
// each database as it opens (DuckDBMacros). They keep the names, arguments
// and rules of the SQL functions (functions.go): kl(p, q), kl(p, q, 'bits'),
// kl_counts(p, q), … as aggregates.
//
// Each macro is a CASE over a handful of aggregates of its arguments
// (count, min, max, sums, the compensated fsum of the terms) that checks
// what SQLite checks (a NaN, negative, infinite or — for probabilities —
// greater-than-1 value, the columns' totals against builtins.SumTolerance)
// and then computes the measure from the sums with the formulas of
// functions.go (KL = (1/C)·Σ c·ln(c/d) + ln(D/C) for counts, and so on);
// DuckDB's error() raises the error. Which value a message names may differ
// from SQLite's: SQLite names the first bad row, DuckDB the smallest or
// largest.
//
// Window forms. DuckDB lets a macro be a window function (kl(p, q) OVER …)
// only when its body holds exactly one aggregate, which the fast macros do
// not; so each measure also has kl_window(p, q) and friends, whose one
// aggregate is list(…) of the frame's rows, and list functions do the rest.
// js_counts, js_distance_counts and tv_counts need the totals before the
// first term and are list-based under their own names, so they are window
// functions too (the unit, if given, is then a constant).

// duckNULLSkip is the DuckDB expression of column x where the row counts:
// every argument non-NULL.
func duckKeep(m measure, x string) string {
	if m.args == 1 {
		return "(" + x + ")"
	}
	return "(CASE WHEN p IS NOT NULL AND q IS NOT NULL THEN " + x + " END)"
}

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

// duckFast is the body of a fast macro, with $UNIT for the unit's divisor;
// p and q are its parameters, cast to DOUBLE.
func duckFast(m measure) string {
	P, Q := "p::DOUBLE", "q::DOUBLE"
	keepP, keepQ := duckKeep(m, P), duckKeep(m, Q)
	n := "count(" + P + ")"
	if m.args == 2 {
		n = "count(" + P + " + " + Q + ")"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CASE\n    WHEN %s = 0 THEN NULL\n", n)
	cols := []struct{ name, keep string }{{"p", keepP}, {"q", keepQ}}[:m.args]
	for _, c := range cols {
		fmt.Fprintf(&b, "    WHEN isnan(max(%[1]s)) THEN error('%[2]s: %[3]s = NaN is not a number')\n", c.keep, m.name, c.name)
		fmt.Fprintf(&b, "    WHEN min(%[1]s) < 0 THEN error('%[2]s: %[3]s = ' || min(%[1]s) || ' is negative')\n", c.keep, m.name, c.name)
		fmt.Fprintf(&b, "    WHEN isinf(max(%[1]s)) THEN error('%[2]s: %[3]s = ' || max(%[1]s) || ' is infinite')\n", c.keep, m.name, c.name)
		if !m.counts {
			fmt.Fprintf(&b, "    WHEN max(%[1]s) > 1 + %[4]g THEN error('%[2]s: %[3]s = ' || max(%[1]s) || ' is greater than 1; %[2]s_counts(…) takes counts')\n",
				c.keep, m.name, c.name, sumTolerance)
		}
	}
	total := func(c struct{ name, keep string }) string {
		if m.counts {
			return "fsum(" + c.keep + ")"
		}
		return "sum(" + c.keep + ")"
	}
	for _, c := range cols {
		if m.counts {
			fmt.Fprintf(&b, "    WHEN %s <= 0 THEN error('%s: %s has no positive count in the group')\n", total(c), m.name, c.name)
		} else {
			fmt.Fprintf(&b, "    WHEN abs(%[1]s - 1) > %[4]g THEN error('%[2]s: %[3]s sums to ' || %[1]s || ' over the group''s ' || %[5]s || ' rows, not 1 (tolerance %[4]g); %[2]s_counts(…) normalises counts')\n",
				total(c), m.name, c.name, sumTolerance, n)
		}
	}
	// The terms: 0 where they vanish, NULL (skipped) where a NULL argument
	// makes the row not count; +Inf terms are counted apart.
	var t1, t2, inf string
	switch m.kind {
	case kindEntropy:
		t1 = "CASE WHEN " + P + " > 0 THEN " + P + " * ln(" + P + ") ELSE 0 END"
	case kindCross:
		t1 = fmt.Sprintf("CASE WHEN %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE %[1]s * ln(%[2]s) END", P, Q)
		inf = fmt.Sprintf("%s > 0 AND %s = 0", P, Q)
	case kindKL:
		t1 = fmt.Sprintf("CASE WHEN %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE %[1]s * ln(%[1]s / %[2]s) END", P, Q)
		inf = fmt.Sprintf("%s > 0 AND %s = 0", P, Q)
	case kindJS, kindJSDistance:
		t1 = fmt.Sprintf("CASE WHEN %[1]s > 0 THEN %[1]s * ln(2 * %[1]s / (%[1]s + %[2]s)) ELSE 0 END + CASE WHEN %[2]s > 0 THEN %[2]s * ln(2 * %[2]s / (%[1]s + %[2]s)) ELSE 0 END", P, Q)
	case kindJeffreys:
		if m.counts {
			t1 = fmt.Sprintf("CASE WHEN %[1]s = %[2]s OR %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE %[1]s * ln(%[1]s / %[2]s) END", P, Q)
			t2 = fmt.Sprintf("CASE WHEN %[1]s = %[2]s OR %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE %[2]s * ln(%[1]s / %[2]s) END", P, Q)
		} else {
			t1 = fmt.Sprintf("CASE WHEN %[1]s = %[2]s OR %[1]s = 0 OR %[2]s = 0 THEN 0 ELSE (%[1]s - %[2]s) * ln(%[1]s / %[2]s) END", P, Q)
		}
		inf = fmt.Sprintf("%[1]s <> %[2]s AND (%[1]s = 0 OR %[2]s = 0)", P, Q)
	case kindHellinger:
		t1 = fmt.Sprintf("sqrt(%s * %s)", P, Q)
	case kindTV:
		t1 = fmt.Sprintf("abs(%s - %s)", P, Q)
	}
	if inf != "" {
		fmt.Fprintf(&b, "    WHEN count_if(%s) > 0 THEN 'inf'::DOUBLE\n", inf)
	}
	T1 := "fsum(" + t1 + ")"
	T2 := "fsum(" + t2 + ")"
	sp, sq := total(cols[0]), ""
	if m.args == 2 {
		sq = total(cols[1])
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
