package query

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/divergo/divergo/builtins"
)

// Portable SQL: the measures as plain SQL expressions, for engines that do
// not have our functions (DuckDB, PostgreSQL, a distributed engine), so that
// a query written in the session can run where the data is.
//
// Each expression is an aggregate over the rows of a group, a sum of ln
// terms with the zero cases inside the sum, so that LN never sees 0 and no
// division by 0 happens (PostgreSQL raises errors for both):
//
//	kl:  SUM(CASE WHEN p = 0 THEN 0.0 WHEN q = 0 THEN <inf> ELSE p * LN(p / q) END)
//
// They rely on SUM, CASE, LN, SQRT, ABS and arithmetic on double precision
// values, which SQLite (3.35 and later, with its math functions, as in
// modernc.org/sqlite), DuckDB and PostgreSQL all have. What differs is how
// to write +Inf, which a Dialect holds: SQLite 1e999, PostgreSQL
// 'Infinity'::float8, DuckDB 'inf'::DOUBLE. The column expressions should be
// of a floating-point type (in PostgreSQL an integer p / q divides integers:
// cast them).
//
// Unlike our aggregates, the portable expressions do not check their input:
// negative values, values over 1, and columns that do not sum to 1 give a
// number without complaint (LN of a negative is an error in PostgreSQL and
// NULL in SQLite). Rows where p or q is NULL are skipped, as SUM skips
// NULLs, except by entropy, which reads p alone; an empty group gives NULL.
// They are the textbook sums, evaluated in the engine's order and its
// summation (SQLite's SUM is compensated, PostgreSQL's is not), so they agree
// with the builtins to rounding, not to the bit; JS is not clamped to
// [0, ln 2] and Hellinger is √(1 − Σ√(p·q)) with 0 where rounding makes
// Σ√(p·q) exceed 1.

// Dialect is what differs between SQL engines in the portable expressions.
type Dialect struct {
	Name     string
	Infinity string // a double precision +Inf literal
}

// The dialects the portable expressions are written for. SQLite, PostgreSQL
// and DuckDB are tested (portable_test.go, engines_test.go); the others,
// for engines divergo does not drive, differ only in the infinity literal
// and rely on the same SUM, CASE (evaluated lazily, so that LN never sees
// 0), LN, SQRT and ABS on double values:
//
//   - Spark SQL: double('Infinity'); LN and SQRT of doubles.
//   - Trino (Presto, Athena): infinity(); p and q must be double (an
//     integer p / q divides integers: CAST them).
//   - BigQuery: CAST('inf' AS FLOAT64); LN(0) is an error there too, which
//     the CASE keeps away.
//   - ClickHouse: inf; its CASE short-circuits by default
//     (short_circuit_function_evaluation), and LN(0) would give -inf, not
//     an error.
var (
	SQLite     = Dialect{Name: "SQLite", Infinity: "1e999"}
	PostgreSQL = Dialect{Name: "PostgreSQL", Infinity: "'Infinity'::float8"}
	DuckDB     = Dialect{Name: "DuckDB", Infinity: "'inf'::DOUBLE"}
	SparkSQL   = Dialect{Name: "Spark SQL", Infinity: "double('Infinity')"}
	Trino      = Dialect{Name: "Trino", Infinity: "infinity()"}
	BigQuery   = Dialect{Name: "BigQuery", Infinity: "CAST('inf' AS FLOAT64)"}
	ClickHouse = Dialect{Name: "ClickHouse", Infinity: "inf"}
)

// Dialects lists the dialects by their lower-case names without spaces, as
// .sql takes them.
var Dialects = map[string]Dialect{
	"sqlite": SQLite, "postgresql": PostgreSQL, "postgres": PostgreSQL, "duckdb": DuckDB,
	"spark": SparkSQL, "sparksql": SparkSQL, "trino": Trino, "presto": Trino, "bigquery": BigQuery, "clickhouse": ClickHouse,
}

// PortableMeasures lists the measures PortableSQL knows, in its order.
var PortableMeasures = []string{"entropy", "cross_entropy", "kl", "js", "js_distance", "jeffreys", "psi", "hellinger", "tv"}

// PortableSQL returns measure as a SQLite expression over the column
// expressions p and q; see Dialect.PortableSQL.
func PortableSQL(measure, p, q string, unit builtins.Unit) (string, error) {
	return SQLite.PortableSQL(measure, p, q, unit)
}

// PortableSQL returns measure (one of PortableMeasures, as named by our SQL
// functions) as an aggregate SQL expression over the column expressions p
// and q, in unit (Nats, Bits, Hartleys; psi, hellinger and tv take Nats
// only, meaning none). Entropy ignores q. For example, SQLite's
//
//	PortableSQL("kl", "p", "q", builtins.Bits)
//
// is
//
//	SUM(CASE WHEN p = 0 THEN 0.0 WHEN q = 0 THEN 1e999 ELSE p * LN(p / q) END) / 0.6931471805599453
//
// The column expressions are pasted into the text as they are: they are SQL,
// not values; wrap anything more than a column name in parentheses.
func (d Dialect) PortableSQL(measure, p, q string, unit builtins.Unit) (string, error) {
	inf := d.Infinity
	if inf == "" {
		return "", fmt.Errorf("portable SQL: dialect %q has no infinity literal", d.Name)
	}
	p, q = strings.TrimSpace(p), strings.TrimSpace(q)
	if p == "" || q == "" && measure != "entropy" {
		return "", fmt.Errorf("portable SQL: %s needs column expressions", measure)
	}
	var e string
	unitless := false
	switch measure {
	case "entropy":
		e = fmt.Sprintf("-SUM(CASE WHEN %[1]s = 0 THEN 0.0 ELSE %[1]s * LN(%[1]s) END)", p)
	case "cross_entropy":
		e = fmt.Sprintf("SUM(CASE WHEN %[1]s = 0 THEN 0.0 WHEN %[2]s = 0 THEN %[3]s ELSE -%[1]s * LN(%[2]s) END)", p, q, inf)
	case "kl":
		e = fmt.Sprintf("SUM(CASE WHEN %[1]s = 0 THEN 0.0 WHEN %[2]s = 0 THEN %[3]s ELSE %[1]s * LN(%[1]s / %[2]s) END)", p, q, inf)
	case "js", "js_distance":
		// ½ Σ p·ln(2p/(p+q)) + q·ln(2q/(p+q)): the terms of KL(P‖M) and KL(Q‖M).
		e = fmt.Sprintf("0.5 * SUM(CASE WHEN %[1]s = 0 THEN 0.0 ELSE %[1]s * LN(2 * %[1]s / (%[1]s + %[2]s)) END"+
			" + CASE WHEN %[2]s = 0 THEN 0.0 ELSE %[2]s * LN(2 * %[2]s / (%[1]s + %[2]s)) END)", p, q)
	case "jeffreys", "psi":
		e = fmt.Sprintf("SUM(CASE WHEN %[1]s = %[2]s THEN 0.0 WHEN %[1]s = 0 OR %[2]s = 0 THEN %[3]s ELSE (%[1]s - %[2]s) * LN(%[1]s / %[2]s) END)", p, q, inf)
		unitless = measure == "psi"
	case "hellinger":
		bc := fmt.Sprintf("SUM(SQRT(%s * %s))", p, q)
		e = fmt.Sprintf("SQRT(CASE WHEN %[1]s > 1 THEN 0.0 ELSE 1 - %[1]s END)", bc)
		unitless = true
	case "tv":
		e = fmt.Sprintf("0.5 * SUM(ABS(%s - %s))", p, q)
		unitless = true
	default:
		return "", fmt.Errorf("portable SQL: unknown measure %q; the measures are %s", measure, strings.Join(PortableMeasures, ", "))
	}
	if unitless {
		if unit != builtins.Nats {
			return "", fmt.Errorf("portable SQL: %s has no unit (asked for %v)", measure, unit)
		}
		return e, nil
	}
	switch unit {
	case builtins.Nats:
	case builtins.Bits:
		e += " / " + strconv.FormatFloat(math.Ln2, 'g', -1, 64)
	case builtins.Hartleys:
		e += " / " + strconv.FormatFloat(math.Ln10, 'g', -1, 64)
	default:
		return "", fmt.Errorf("portable SQL: unknown unit %v", unit)
	}
	if measure == "js_distance" {
		e = "SQRT(" + e + ")"
	}
	return e, nil
}
