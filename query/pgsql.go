package query

import (
	"fmt"
	"strings"

	"github.com/divergo/divergo/builtins"
)

// The measures in PostgreSQL: real aggregates written in PL/pgSQL, made by
// PostgresInstallSQL and installed into a schema by InstallPostgres
// (`divergo sql install URL`, .install). They have the SQL functions' names,
// arguments and rules (functions.go): kl(p, q), kl(p, q, 'bits'),
// kl_counts(p, q), …, as aggregates and, as every PostgreSQL aggregate, as
// window functions.
//
// Each aggregate's state is a float8[] of running sums, compensated
// (Neumaier), over the rows whose arguments are all non-NULL (the step
// functions are STRICT, so PostgreSQL skips the others):
//
//	[1] rows  [2,3] Σp  [4,5] Σq  [6,7] Σt₁  [8,9] Σt₂  [10] rows whose term is +Inf  [11] unit
//
// with the one-pass terms of functions.go (t₁ = p·ln(p/q) for KL, and so
// on; for counts the terms of the raw counts, and the final function
// applies KL = (1/C)·Σ c·ln(c/d) + ln(D/C) and its like). Such sums add up
// in any order, so the aggregates have a combine function and are PARALLEL
// SAFE: PostgreSQL's parallel workers (and Citus over distributed tables)
// each sum a part and the leader combines them. js_counts,
// js_distance_counts and tv_counts need the totals before the first term:
// their state keeps the rows ([1] unit, then c, d pairs), and combining
// concatenates.
//
// Every row is checked as SQLite checks it (a negative, infinite, NaN or —
// for probabilities — greater-than-1 value is an error naming the function
// and the value), and the final function checks the totals with the same
// tolerance (builtins.SumTolerance, 1e-9). The results agree with the Go
// builtins to rounding (tested within 1e-12 relative), not to the bit: the
// builtins sum in another order.

// sumTolerance is how far from 1 a column of probabilities may sum.
const sumTolerance = builtins.SumTolerance

// pgStateLen is the length of the sums' state.
const pgStateLen = 11

// pgSchemaComment marks a schema that holds the measures; OpenPostgres looks
// for it.
const pgSchemaComment = "divergo measures v1"

// PostgresInstallSQL returns the statements that install the measures into
// schema (created if missing), each one statement; running them again
// replaces what they made.
func PostgresInstallSQL(schema string) []string {
	s := quoteIdent(schema)
	out := []string{
		"CREATE SCHEMA IF NOT EXISTS " + s,
		"COMMENT ON SCHEMA " + s + " IS '" + pgSchemaComment + "'",
		pgCombine(s),
		pgConcat(s),
	}
	for _, m := range measures() {
		out = append(out, pgMeasure(s, m)...)
	}
	return out
}

// pgAdd is PL/pgSQL adding x to the compensated sum in st[i], st[i+1]
// (three statements: each costs about 0.1 µs a row).
func pgAdd(st string, i int, x string) string {
	return fmt.Sprintf(`x := %[3]s; t := %[1]s[%[2]d] + x;
  %[1]s[%[4]d] := %[1]s[%[4]d] + CASE WHEN abs(%[1]s[%[2]d]) >= abs(x) THEN (%[1]s[%[2]d] - t) + x ELSE (x - t) + %[1]s[%[2]d] END;
  %[1]s[%[2]d] := t;
`, st, i, x, i+1)
}

// pgCombine is the combine function of the sums' states.
func pgCombine(s string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `CREATE OR REPLACE FUNCTION %s.divergo_combine(a float8[], b float8[]) RETURNS float8[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $f$
DECLARE x float8; t float8;
BEGIN
  a[1] := a[1] + b[1];
`, s)
	for i := 2; i <= 8; i += 2 {
		b.WriteString("  " + pgAdd("a", i, fmt.Sprintf("b[%d]", i)))
		b.WriteString("  " + pgAdd("a", i, fmt.Sprintf("b[%d]", i+1)))
	}
	b.WriteString(`  a[10] := a[10] + b[10];
  a[11] := greatest(a[11], b[11]);
  RETURN a;
END $f$`)
	return b.String()
}

// pgConcat is the combine function of the states that keep their rows.
func pgConcat(s string) string {
	return `CREATE OR REPLACE FUNCTION ` + s + `.divergo_concat(a float8[], b float8[]) RETURNS float8[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
  SELECT ARRAY[greatest(a[1], b[1])] || a[2:] || b[2:]
$f$`
}

// pgCheck is PL/pgSQL checking one argument as aggregate.value does: one
// test for a valid value (NaN compares greater than every number in
// PostgreSQL, so it fails it), the messages only for an invalid one.
func pgCheck(m measure, arg string) string {
	var b strings.Builder
	if m.counts {
		fmt.Fprintf(&b, "  IF NOT (%[1]s >= 0 AND %[1]s < 'Infinity') THEN\n", arg)
	} else {
		fmt.Fprintf(&b, "  IF NOT (%[1]s >= 0 AND %[1]s <= 1 + %[2]g) THEN\n", arg, sumTolerance)
	}
	raise := func(cond, msg string, more ...string) {
		fmt.Fprintf(&b, "  IF %s THEN RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = %s; END IF;\n",
			cond, pgFormat(msg, more...))
	}
	raise(arg+" = 'NaN'", m.name+": "+arg+" = NaN is not a number")
	raise(arg+" < 0", m.name+": "+arg+" = % is negative", arg)
	raise(arg+" = 'Infinity'", m.name+": "+arg+" = % is infinite", arg)
	if !m.counts {
		raise(fmt.Sprintf("%s > 1 + %g", arg, sumTolerance),
			m.name+": "+arg+" = % is greater than 1; "+m.name+"_counts(…) takes counts", arg)
	}
	b.WriteString("  END IF;\n")
	return b.String()
}

// pgFormat is a PL/pgSQL expression making msg with each % replaced by the
// text of the next expression.
func pgFormat(msg string, args ...string) string {
	parts := strings.Split(msg, "%")
	var b strings.Builder
	b.WriteString(pgString(parts[0]))
	for i, p := range parts[1:] {
		fmt.Fprintf(&b, " || (%s)::text || %s", args[i], pgString(p))
	}
	return b.String()
}

func pgString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// pgUnit is PL/pgSQL reading the unit argument u into st[slot]: 1 nats, 2
// bits, 3 hartleys (0, unset, is nats).
func pgUnit(m measure, st string, slot int) string {
	return fmt.Sprintf(`  %[1]s[%[2]d] := CASE lower(btrim(u)) WHEN 'nats' THEN 1 WHEN 'nat' THEN 1 WHEN 'bits' THEN 2 WHEN 'bit' THEN 2
    WHEN 'hartleys' THEN 3 WHEN 'hartley' THEN 3 ELSE -1 END;
  IF %[1]s[%[2]d] < 0 THEN RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = %[3]s; END IF;
`, st, slot, pgFormat(m.name+": unknown unit '%'; use 'nats', 'bits' or 'hartleys'", "u"))
}

// pgTerm is PL/pgSQL setting t1 and t2 to a row's terms, or returning the
// state with its count of infinite terms raised (functions.go's terms).
func pgTerm(k kind) string {
	inf := "st[10] := st[10] + 1; RETURN st;"
	switch k {
	case kindEntropy:
		return "  IF p > 0 THEN t1 := p * ln(p); END IF;\n"
	case kindCross:
		return "  IF p = 0 THEN NULL; ELSIF q = 0 THEN " + inf + " ELSE t1 := p * ln(q); END IF;\n"
	case kindKL:
		return "  IF p = 0 THEN NULL; ELSIF q = 0 THEN " + inf + " ELSE t1 := p * ln(p / q); END IF;\n"
	case kindJS, kindJSDistance:
		return "  m := (p + q) / 2;\n  IF p > 0 THEN t1 := p * ln(p / m); END IF;\n  IF q > 0 THEN t1 := t1 + q * ln(q / m); END IF;\n"
	case kindJeffreys:
		return "  IF p = q THEN NULL; ELSIF p = 0 OR q = 0 THEN " + inf + " ELSE l := ln(p / q); t1 := p * l; t2 := q * l; END IF;\n"
	case kindHellinger:
		return "  t1 := sqrt(p * q);\n"
	case kindTV:
		return "  t1 := abs(p - q);\n"
	}
	panic("unknown kind")
}

// pgMeasure returns the functions and aggregates of one measure.
func pgMeasure(s string, m measure) []string {
	params := "st float8[], p float8"
	if m.args == 2 {
		params += ", q float8"
	}
	argTypes := "float8"
	if m.args == 2 {
		argTypes = "float8, float8"
	}
	variants := []bool{false}
	if m.unit {
		variants = append(variants, true)
	}
	var out []string
	keep := m.keepsRows()
	for _, withUnit := range variants {
		ps, types := params, argTypes
		if withUnit {
			ps += ", u text"
			types += ", text"
		}
		var body strings.Builder
		body.WriteString(pgCheck(m, "p"))
		if m.args == 2 {
			body.WriteString(pgCheck(m, "q"))
		}
		if keep {
			if withUnit {
				body.WriteString(pgUnit(m, "st", 1))
			}
			// Each row copies the state: O(n²) in the group's rows, a
			// second for 20,000 (measured; array_append was 4× slower).
			body.WriteString("  RETURN st || ARRAY[p, q];\n")
		} else {
			if withUnit {
				body.WriteString(pgUnit(m, "st", 11))
			}
			body.WriteString("  st[1] := st[1] + 1;\n")
			if m.counts {
				body.WriteString("  " + pgAdd("st", 2, "p"))
				if m.args == 2 {
					body.WriteString("  " + pgAdd("st", 4, "q"))
				}
			} else {
				// The totals of probabilities are only checked against
				// the tolerance: a plain sum does.
				body.WriteString("  st[2] := st[2] + p;\n")
				if m.args == 2 {
					body.WriteString("  st[4] := st[4] + q;\n")
				}
			}
			body.WriteString(pgTerm(m.kind))
			body.WriteString("  " + pgAdd("st", 6, "t1"))
			if m.kind == kindJeffreys {
				body.WriteString("  " + pgAdd("st", 8, "t2"))
			}
			body.WriteString("  RETURN st;\n")
		}
		out = append(out, fmt.Sprintf(`CREATE OR REPLACE FUNCTION %s.%s_step(%s) RETURNS float8[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $f$
DECLARE x float8; t float8; t1 float8 := 0; t2 float8 := 0; m float8; l float8;
BEGIN
%sEND $f$`, s, m.name, ps, body.String()))
		init := "{0}"
		combine := s + ".divergo_concat"
		if !keep {
			init = "{" + strings.TrimSuffix(strings.Repeat("0,", pgStateLen), ",") + "}"
			combine = s + ".divergo_combine"
		}
		out = append(out, fmt.Sprintf(`CREATE OR REPLACE AGGREGATE %[1]s.%[2]s(%[3]s) (
  SFUNC = %[1]s.%[2]s_step, STYPE = float8[], FINALFUNC = %[1]s.%[2]s_final,
  COMBINEFUNC = %[4]s, INITCOND = '%[5]s', PARALLEL = SAFE)`, s, m.name, types, combine, init))
	}
	// The final function comes before the aggregates that name it.
	final := pgFinal(s, m)
	return append([]string{final}, out...)
}

// pgFinal is the final function: the totals checked, the measure computed
// from the sums (WindowValue's formulas), in its unit.
func pgFinal(s string, m measure) string {
	var b strings.Builder
	fmt.Fprintf(&b, `CREATE OR REPLACE FUNCTION %s.%s_final(st float8[]) RETURNS float8
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $f$
DECLARE n float8; sp float8 := 0; sq float8 := 0; t1 float8 := 0; t2 float8 := 0; v float8; unit float8;
  x float8; t float8; c float8; d float8; m float8; acc float8[] := '{0,0,0,0,0,0}';
BEGIN
`, s, m.name)
	if m.keepsRows() {
		// Totals first, then the terms of the normalised rows.
		b.WriteString(`  n := (array_length(st, 1) - 1) / 2;
  unit := st[1];
  IF n = 0 THEN RETURN NULL; END IF;
  FOR i IN 1..n::int LOOP
    ` + pgAdd("acc", 1, "st[2*i]") + `    ` + pgAdd("acc", 3, "st[2*i+1]") + `  END LOOP;
  sp := acc[1] + acc[2]; sq := acc[3] + acc[4];
`)
		b.WriteString(pgTotals(m))
		b.WriteString("  FOR i IN 1..n::int LOOP\n    c := st[2*i] / sp; d := st[2*i+1] / sq;\n")
		if m.kind == kindTV {
			b.WriteString("    " + pgAdd("acc", 5, "abs(c - d)"))
		} else {
			b.WriteString("    m := (c + d) / 2;\n    IF c > 0 THEN " + pgAdd("acc", 5, "c * ln(c / m)") + "    END IF;\n")
			b.WriteString("    IF d > 0 THEN " + pgAdd("acc", 5, "d * ln(d / m)") + "    END IF;\n")
		}
		b.WriteString("  END LOOP;\n  t1 := acc[5] + acc[6];\n")
		if m.kind == kindTV {
			b.WriteString("  RETURN t1 / 2;\n")
		} else {
			b.WriteString("  v := greatest(0, least(t1 / 2, ln(2::float8)));\n")
			b.WriteString(pgUnitOut(m))
		}
		b.WriteString("END $f$")
		return b.String()
	}
	b.WriteString(`  n := st[1]; unit := st[11];
  IF n = 0 THEN RETURN NULL; END IF;
  sp := st[2] + st[3]; sq := st[4] + st[5]; t1 := st[6] + st[7]; t2 := st[8] + st[9];
`)
	b.WriteString(pgTotals(m))
	b.WriteString("  IF st[10] > 0 THEN RETURN 'Infinity'; END IF;\n")
	var nats string
	if !m.counts {
		switch m.kind {
		case kindEntropy, kindCross:
			nats = "-t1"
		case kindKL, kindTV:
			nats = "t1"
		case kindJS, kindJSDistance:
			nats = "least(t1 / 2, ln(2::float8))"
		case kindJeffreys:
			nats = "t1 - t2"
		case kindHellinger:
			nats = "sqrt(greatest(0, 1 - t1))"
		}
	} else {
		switch m.kind {
		case kindEntropy:
			nats = "ln(sp) - t1 / sp"
		case kindCross:
			nats = "ln(sq) - t1 / sp"
		case kindKL:
			nats = "t1 / sp + ln(sq / sp)"
		case kindJeffreys:
			nats = "t1 / sp - t2 / sq"
		case kindHellinger:
			nats = "sqrt(greatest(0, 1 - t1 / sqrt(sp * sq)))"
		}
	}
	fmt.Fprintf(&b, "  v := %s;\n", nats)
	switch m.kind {
	case kindTV:
		b.WriteString("  RETURN v / 2;\n")
	case kindHellinger:
		b.WriteString("  RETURN v;\n")
	default:
		b.WriteString("  v := greatest(0, v);\n")
		b.WriteString(pgUnitOut(m))
	}
	b.WriteString("END $f$")
	return b.String()
}

// pgTotals is PL/pgSQL checking the columns' totals sp and sq over n rows,
// as aggregate.checkTotals does.
func pgTotals(m measure) string {
	var b strings.Builder
	cols := []string{"p", "q"}[:m.args]
	for _, c := range cols {
		v := "s" + c
		if m.counts {
			fmt.Fprintf(&b, "  IF %s <= 0 THEN RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = %s; END IF;\n",
				v, pgString(m.name+": "+c+" has no positive count in the group"))
			continue
		}
		fmt.Fprintf(&b, "  IF abs(%s - 1) > %g THEN RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = %s; END IF;\n",
			v, sumTolerance, pgFormat(fmt.Sprintf("%s: %s sums to %% over the group's %% rows, not 1 (tolerance %g); %s_counts(…) normalises counts",
				m.name, c, sumTolerance, m.name), v, "n::bigint"))
	}
	return b.String()
}

// pgUnitOut is PL/pgSQL returning v (nats) in the state's unit, and the
// square root for js_distance.
func pgUnitOut(m measure) string {
	s := "  v := v / CASE unit WHEN 2 THEN ln(2::float8) WHEN 3 THEN ln(10::float8) ELSE 1 END;\n"
	if m.kind == kindJSDistance {
		s += "  v := sqrt(v);\n"
	}
	return s + "  RETURN v;\n"
}
