package query

// This file holds sqlite3's .dump and .indexes for every engine.

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// sqlDB is the database/sql handle of an engine (every engine embeds core).
func (d *core) sqlDB() *sql.DB { return d.db }

type hasSQLDB interface{ sqlDB() *sql.DB }

// Dump writes SQL text that recreates the tables whose names match pattern
// (a LIKE pattern, as sqlite3's: "t", "drift%"; "" for every table) with
// their rows, indexes, triggers and views, as sqlite3's .dump does: in one
// transaction, a CREATE statement per table followed by one INSERT per row.
//
// On SQLite the text is sqlite3's own (the CREATE statements as written,
// values through SQLite's quote(): 0.25, 'text', X'0102', NULL, 9.0e+999
// for +Inf), so that `sqlite3 new.db < dump.sql` or .read rebuilds the
// database. On DuckDB and PostgreSQL the CREATE statements are those
// .schema shows (PostgreSQL's, from information_schema, have the columns
// and types but no constraints: pg_dump gives the full ones), and values
// are written by type: numbers in Go's shortest form, 'Infinity' and 'NaN'
// for the floats SQL cannot write, text quoted, blobs in hex, times as
// ISO 8601 text, DuckDB's lists as [a, b]; other values as their text.
func Dump(ctx context.Context, e Engine, pattern string, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var err error
	if d, ok := e.(*DB); ok {
		err = dumpSQLite(ctx, d, pattern, bw)
	} else {
		err = dumpGeneric(ctx, e, pattern, bw)
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

func dumpSQLite(ctx context.Context, d *DB, pattern string, w *bufio.Writer) error {
	like := pattern
	if like == "" {
		like = "%"
	}
	w.WriteString("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n")
	t, err := d.query(ctx, -1, `SELECT name, sql FROM sqlite_schema
		WHERE type = 'table' AND sql NOT NULL AND tbl_name LIKE ?
		ORDER BY tbl_name = 'sqlite_sequence', rowid`, like)
	if err != nil {
		return err
	}
	for _, r := range t.Rows {
		name, create := fmt.Sprint(r[0]), fmt.Sprint(r[1])
		switch {
		case name == "sqlite_sequence":
			w.WriteString("DELETE FROM sqlite_sequence;\n")
		case strings.HasPrefix(name, "sqlite_stat"):
			w.WriteString("ANALYZE sqlite_schema;\n")
			continue
		case strings.HasPrefix(name, "sqlite_"):
			continue
		case strings.HasPrefix(strings.ToUpper(create), "CREATE VIRTUAL TABLE"):
			fmt.Fprintf(w, "%s;\n", create)
			continue
		default:
			fmt.Fprintf(w, "%s;\n", create)
		}
		cols, err := d.tableColumns(ctx, name)
		if err != nil {
			return err
		}
		quoted := make([]string, len(cols))
		for i, c := range cols {
			quoted[i] = "quote(" + quoteIdent(c) + ")"
		}
		rows, err := d.db.QueryContext(ctx, "SELECT "+strings.Join(quoted, ", ")+" FROM "+quoteIdent(name))
		if err != nil {
			return err
		}
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		prefix := "INSERT INTO " + sqliteIdent(name) + " VALUES("
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return err
			}
			w.WriteString(prefix)
			for i, v := range vals {
				if i > 0 {
					w.WriteByte(',')
				}
				w.WriteString(v.String)
			}
			w.WriteString(");\n")
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	t, err = d.query(ctx, -1, `SELECT sql FROM sqlite_schema
		WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view') AND tbl_name LIKE ?
		ORDER BY type = 'view', rowid`, like)
	if err != nil {
		return err
	}
	for _, r := range t.Rows {
		fmt.Fprintf(w, "%s;\n", r[0])
	}
	w.WriteString("COMMIT;\n")
	return nil
}

func dumpGeneric(ctx context.Context, e Engine, pattern string, w *bufio.Writer) error {
	c, ok := e.(hasSQLDB)
	if !ok {
		return fmt.Errorf("%s: .dump is not available", e.Name())
	}
	db := c.sqlDB()
	names, err := e.Tables(ctx)
	if err != nil {
		return err
	}
	w.WriteString("BEGIN TRANSACTION;\n")
	var views []string
	for _, name := range names {
		if pattern != "" && !Like(pattern, name) {
			continue
		}
		create, err := e.Schema(ctx, name)
		if err != nil {
			continue // a view, which PostgreSQL's Schema leaves out
		}
		create = strings.TrimSuffix(strings.TrimSpace(create), ";") + ";\n"
		if strings.HasPrefix(strings.ToUpper(create), "CREATE VIEW") {
			views = append(views, create)
			continue
		}
		w.WriteString(create)
		rows, err := db.QueryContext(ctx, "SELECT * FROM "+quoteIdent(name))
		if err != nil {
			return err
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return err
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		prefix := "INSERT INTO " + quoteIdent(name) + " VALUES("
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return err
			}
			w.WriteString(prefix)
			for i, v := range vals {
				if i > 0 {
					w.WriteByte(',')
				}
				w.WriteString(dumpLiteral(v, e.Name()))
			}
			w.WriteString(");\n")
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
		idx, err := indexStatements(ctx, e, name)
		if err != nil {
			return err
		}
		for _, s := range idx {
			w.WriteString(strings.TrimSuffix(strings.TrimSpace(s), ";") + ";\n")
		}
	}
	for _, v := range views {
		w.WriteString(v)
	}
	w.WriteString("COMMIT;\n")
	return nil
}

// indexStatements are the CREATE INDEX statements of a table of DuckDB or
// PostgreSQL that its CREATE TABLE does not make (not those of its
// constraints).
func indexStatements(ctx context.Context, e Engine, table string) ([]string, error) {
	var q string
	switch e.Name() {
	case "DuckDB":
		q = `SELECT sql FROM duckdb_indexes() WHERE sql IS NOT NULL AND schema_name = current_schema()
			AND database_name = current_database() AND table_name = $1 ORDER BY index_name`
	case "PostgreSQL":
		q = `SELECT indexdef FROM pg_indexes i WHERE schemaname = current_schema() AND tablename = $1
			AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY indexname`
	default:
		return nil, nil
	}
	t, err := e.Query(ctx, q, table)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range t.Rows {
		out = append(out, fmt.Sprint(r[0]))
	}
	return out, nil
}

// Indexes returns the names of the indexes of the tables whose names match
// pattern (a LIKE pattern; "" for all), sorted, as sqlite3's .indexes
// lists them (SQLite's automatic indexes of UNIQUE and PRIMARY KEY
// constraints included, as sqlite_autoindex_…).
func Indexes(ctx context.Context, e Engine, pattern string) ([]string, error) {
	if pattern == "" {
		pattern = "%"
	}
	var q string
	switch e.Name() {
	case "SQLite":
		q = `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name LIKE ? ORDER BY 1`
	case "DuckDB":
		q = `SELECT index_name FROM duckdb_indexes() WHERE schema_name = current_schema()
			AND database_name = current_database() AND table_name ILIKE $1 ORDER BY 1`
	case "PostgreSQL":
		q = `SELECT indexname::text FROM pg_indexes WHERE schemaname = current_schema() AND tablename ILIKE $1 ORDER BY 1`
	default:
		return nil, fmt.Errorf("%s: .indexes is not available", e.Name())
	}
	t, err := e.Query(ctx, q, pattern)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range t.Rows {
		out = append(out, fmt.Sprint(r[0]))
	}
	return out, nil
}

// Like reports whether s matches SQL's LIKE pattern: % any run of
// characters, _ any one, letters compared without regard to case.
func Like(pattern, s string) bool {
	var re strings.Builder
	re.WriteString("(?is)^")
	for _, r := range pattern {
		switch r {
		case '%':
			re.WriteString(".*")
		case '_':
			re.WriteString(".")
		default:
			re.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	re.WriteString("$")
	ok, _ := regexp.MatchString(re.String(), s)
	return ok
}

// sqliteKeywords are SQLite's keywords, which sqlite3's .dump quotes as
// table names.
var sqliteKeywords = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Fields(`ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH
		AUTOINCREMENT BEFORE BEGIN BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT
		CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT
		DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE
		EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP
		GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO
		IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL
		NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE
		RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT
		ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER
		UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT`) {
		m[k] = true
	}
	return m
}()

var plainIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// sqliteIdent is a table name as sqlite3's .dump writes it: bare when it
// is a plain identifier and not a keyword, else quoted.
func sqliteIdent(s string) string {
	if plainIdent.MatchString(s) && !sqliteKeywords[strings.ToUpper(s)] {
		return s
	}
	return quoteIdent(s)
}

// dumpLiteral writes a value read from DuckDB or PostgreSQL as a SQL
// literal of that engine.
func dumpLiteral(v any, engine string) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return fmt.Sprint(x)
	case float32:
		return floatLiteral(float64(x), 32)
	case float64:
		return floatLiteral(x, 64)
	case string:
		return stringLiteral(x)
	case []byte:
		if engine == "PostgreSQL" {
			return `'\x` + hex.EncodeToString(x) + `'`
		}
		var b strings.Builder
		b.WriteString("'")
		for _, c := range x {
			fmt.Fprintf(&b, `\x%02X`, c)
		}
		b.WriteString("'::BLOB")
		return b.String()
	case time.Time:
		return stringLiteral(x.Format("2006-01-02 15:04:05.999999999-07:00"))
	case []any:
		if engine == "DuckDB" {
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = dumpLiteral(e, engine)
			}
			return "[" + strings.Join(parts, ", ") + "]"
		}
	}
	return stringLiteral(fmt.Sprint(v))
}

func floatLiteral(x float64, bits int) string {
	switch {
	case math.IsNaN(x):
		return "'NaN'"
	case math.IsInf(x, 1):
		return "'Infinity'"
	case math.IsInf(x, -1):
		return "'-Infinity'"
	}
	s := strconv.FormatFloat(x, 'g', -1, bits)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

func stringLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
