//go:build duckdb

package query

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/divergo/divergo/display"
)

// DuckDBEngine is an embedded DuckDB (github.com/duckdb/duckdb-go/v2, cgo), in
// memory or in a file, with the measures as macros (duckdb_sql.go). Built
// only with -tags duckdb, so that the default build stays cgo-free.
type DuckDBEngine struct {
	core
	path string // "" for memory
	made map[string]bool
}

var _ Engine = (*DuckDBEngine)(nil)

func init() {
	DuckDBBuilt = true
	openDuckDB = func(ctx context.Context, file string) (Engine, error) { return OpenDuckDB(ctx, file) }
}

// OpenDuckDB opens the DuckDB database in file (created if missing), or a
// fresh one in memory when file is "" or ":memory:", and creates the
// measures' macros in it (they live in the database: a file keeps them).
func OpenDuckDB(ctx context.Context, file string) (*DuckDBEngine, error) {
	if file == ":memory:" {
		file = ""
	}
	db, err := sql.Open("duckdb", file)
	if err != nil {
		return nil, fmt.Errorf("opening DuckDB %s: %w", file, err)
	}
	// One connection: a session is one sequence of statements, and its
	// temporary tables and settings belong to a connection.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	e := &DuckDBEngine{core: core{db: db, value: duckValue, errText: duckErrorText}, path: file}
	for _, stmt := range DuckDBMacros() {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("creating the measures in DuckDB: %w\nin: %s", err, firstLine(stmt))
		}
	}
	return e, nil
}

// Name returns "DuckDB".
func (e *DuckDBEngine) Name() string { return "DuckDB" }

// Dialect returns DuckDB's dialect.
func (e *DuckDBEngine) Dialect() Dialect { return DuckDB }

// Path returns the --db form of the database: duckdb:FILE, or duckdb: in
// memory.
func (e *DuckDBEngine) Path() string { return "duckdb:" + e.path }

// Run runs a cell's statements, with the measures' window calls renamed
// for DuckDB (DuckDBWindows: kl(p, q) OVER … runs kl_window).
func (e *DuckDBEngine) Run(ctx context.Context, cell string) ([]Result, error) {
	return e.core.RunShown(ctx, DuckDBWindows(cell), -1)
}

// RunShown is Run keeping the rows a display.Table shows (core.RunShown).
func (e *DuckDBEngine) RunShown(ctx context.Context, cell string, maxRows int) ([]Result, error) {
	return e.core.RunShown(ctx, DuckDBWindows(cell), maxRows)
}

// Query runs one statement, with the measures' window calls renamed for
// DuckDB, and returns its rows.
func (e *DuckDBEngine) Query(ctx context.Context, stmt string, args ...any) (*display.Table, error) {
	return e.core.Query(ctx, DuckDBWindows(stmt), args...)
}

// duckValue converts DuckDB's Go values to those a display.Table shows:
// integers of every width as int64, HUGEINT (what sum of integers gives)
// and DECIMAL (literals like 0.5) as numbers.
func duckValue(_ string, v any) any {
	switch x := v.(type) {
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case uint8:
		return int64(x)
	case uint16:
		return int64(x)
	case uint32:
		return int64(x)
	case uint64:
		return int64(x)
	case float32:
		return float64(x)
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
		f, _ := new(big.Float).SetInt(x).Float64()
		return f
	case duckdb.Decimal:
		return x.Float64()
	}
	return v
}

// duckErrorText drops DuckDB's error class ("Invalid Input Error: ") from
// our measures' messages, and says what to use where DuckDB refuses a
// measure as a window function.
func duckErrorText(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "Window function macro bodies must contain exactly one aggregate function") {
		return fmt.Errorf("%s\non DuckDB a measure's window form is NAME_window(…) OVER (…) (kl_window, js_window, entropy_window, …), which divergo writes for NAME(…) OVER (…)", msg)
	}
	if rest, ok := strings.CutPrefix(msg, "Invalid Input Error: "); ok {
		return errors.New(rest)
	}
	return err
}

// Tables lists the tables and views of the current schema, sorted.
func (e *DuckDBEngine) Tables(ctx context.Context) ([]string, error) {
	t, err := e.query(ctx, -1, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_catalog = current_database() ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, r := range t.Rows {
		names = append(names, fmt.Sprint(r[0]))
	}
	return names, nil
}

// Schema returns the CREATE statements of the tables and views, or of one.
func (e *DuckDBEngine) Schema(ctx context.Context, table string) (string, error) {
	t, err := e.query(ctx, -1, `SELECT sql FROM (
		SELECT table_name AS name, sql FROM duckdb_tables() WHERE schema_name = current_schema() AND database_name = current_database()
		UNION ALL
		SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND schema_name = current_schema() AND database_name = current_database())
		WHERE $1 = '' OR name = $1 ORDER BY name`, table)
	if err != nil {
		return "", err
	}
	if table != "" && len(t.Rows) == 0 {
		return "", fmt.Errorf("no table %q", table)
	}
	var b strings.Builder
	for _, r := range t.Rows {
		fmt.Fprintf(&b, "%s\n", strings.TrimSpace(fmt.Sprint(r[0])))
	}
	return b.String(), nil
}

// Save writes the database to a DuckDB file.
func (e *DuckDBEngine) Save(ctx context.Context, file string) error {
	if file == "" {
		return errors.New("save needs a file name")
	}
	conn, err := e.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var from string
	if err := conn.QueryRowContext(ctx, "SELECT current_database()").Scan(&from); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "ATTACH "+sqlString(file)+" AS divergo_save"); err != nil {
		return duckErrorText(err)
	}
	_, err = conn.ExecContext(ctx, "COPY FROM DATABASE "+quoteIdent(from)+" TO divergo_save")
	if _, err2 := conn.ExecContext(ctx, "DETACH divergo_save"); err == nil {
		err = err2
	}
	return err
}

func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (e *DuckDBEngine) columnNames(ctx context.Context, table string) ([]string, error) {
	t, err := e.query(ctx, -1, `SELECT column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_catalog = current_database() AND table_name = $1 ORDER BY ordinal_position`, table)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range t.Rows {
		out = append(out, fmt.Sprint(r[0]))
	}
	return out, nil
}

// duckLine finds the line of a CSV error in DuckDB's message.
var duckLine = regexp.MustCompile(`(?i)\bline:? (\d+)`)

// ImportCSV is ImportCSVWith with the separator sniffed.
func (e *DuckDBEngine) ImportCSV(ctx context.Context, file, table string) (rows int, err error) {
	return e.ImportCSVWith(ctx, file, table, CSVOptions{})
}

// ImportCSVWith loads a CSV file with a header row (or, named *.parquet, a
// Parquet file) into a table with DuckDB's own readers, in one transaction:
// a bad line is rejected with its line number and nothing is kept. CSV
// columns are typed as the SQLite engine types them (DOUBLE for a column
// whose first non-empty value is a number, else VARCHAR); empty fields are
// NULL.
func (e *DuckDBEngine) ImportCSVWith(ctx context.Context, file, table string, opt CSVOptions) (rows int, err error) {
	if table == "" {
		return 0, errors.New("import needs a table name")
	}
	exists, err := e.columnNames(ctx, table)
	if err != nil {
		return 0, err
	}
	var source string
	var cols []csvColumn
	if strings.HasSuffix(strings.ToLower(file), ".parquet") {
		source = "read_parquet(" + sqlString(file) + ")"
	} else {
		sep, err := opt.separator(file)
		if err != nil {
			return 0, err
		}
		if cols, err = sniffCSV(file, sep); err != nil {
			return 0, err
		}
		if exists != nil && !sameNames(exists, cols) {
			return 0, fmt.Errorf("%s: the header (%s) does not match the columns of table %s (%s)", file, names(cols), table, strings.Join(exists, ", "))
		}
		var spec []string
		for _, c := range cols {
			t := "VARCHAR"
			if c.numeric {
				t = "DOUBLE"
			}
			spec = append(spec, sqlString(c.name)+": "+sqlString(t))
		}
		source = "read_csv(" + sqlString(file) + ", header = true, auto_detect = false, delim = " + sqlString(string(rune(sep))) + ", quote = '\"', escape = '\"', " +
			"strict_mode = true, null_padding = false, columns = {" + strings.Join(spec, ", ") + "})"
	}
	tx, err := e.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	var res sql.Result
	if exists == nil {
		res, err = tx.ExecContext(ctx, "CREATE TABLE "+quoteIdent(table)+" AS SELECT * FROM "+source)
	} else {
		res, err = tx.ExecContext(ctx, "INSERT INTO "+quoteIdent(table)+" SELECT * FROM "+source)
	}
	if err != nil {
		msg := err.Error()
		if m := duckLine.FindStringSubmatch(msg); m != nil {
			return 0, fmt.Errorf("%s:%s: %s", file, m[1], firstLine(strings.TrimPrefix(msg, "Invalid Input Error: ")))
		}
		return 0, duckErrorText(err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return int(n), nil
}

// FromGo makes a Go value the table name (see DB.FromGo for the values
// taken), through DuckDB's appender.
func (e *DuckDBEngine) FromGo(ctx context.Context, name string, v any) (rows int, err error) {
	cols, defs, data, err := goTable(ctx, name, v, e.columnNames, e.made, map[string]string{"REAL": "DOUBLE", "INTEGER": "BIGINT", "TEXT": "VARCHAR", "BLOB": "BLOB"})
	if err != nil {
		return 0, err
	}
	conn, err := e.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "DROP TABLE IF EXISTS "+quoteIdent(name)); err != nil {
		return 0, err
	}
	if _, err := conn.ExecContext(ctx, "CREATE TABLE "+quoteIdent(name)+" ("+strings.Join(defs, ", ")+")"); err != nil {
		return 0, err
	}
	err = conn.Raw(func(dc any) error {
		a, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", name)
		if err != nil {
			return err
		}
		vals := make([]driver.Value, len(cols))
		for _, r := range data {
			for j := range vals {
				vals[j] = r[j]
			}
			if err := a.AppendRow(vals...); err != nil {
				a.Close()
				return err
			}
		}
		return a.Close()
	})
	if err != nil {
		conn.ExecContext(ctx, "DROP TABLE IF EXISTS "+quoteIdent(name))
		return 0, err
	}
	if e.made == nil {
		e.made = map[string]bool{}
	}
	e.made[strings.ToLower(name)] = true
	return len(data), nil
}
