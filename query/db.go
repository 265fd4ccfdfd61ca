// Package query is divergo's SQL: an embedded SQLite (modernc.org/sqlite,
// pure Go) per session, with the information measures as SQL functions
// (see functions.go), CSV import, and Go values as tables.
//
// # The seam for other engines
//
// The session sees a database through what Engine lists: run a cell of
// statements, run one query with bound arguments, import a CSV, make a Go
// value a table, list tables and schemas, save, close. *DB is the SQLite
// engine; another (DuckDB for large local files, PostgreSQL or a distributed
// engine when data outgrows one machine) implements the same methods, as
// database/sql's drivers implement one interface, and the REPL does not
// change.
//
// Such an engine need not host our functions: PortableSQL (portable.go)
// writes each measure as a plain SQL aggregate expression (sums of LN terms,
// with the zero cases inside the sums), spelled per Dialect, which it can
// put in place of kl(p, q) and friends. The portable forms are tested on
// SQLite against our aggregates and SciPy's reference vectors.
package query

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/divergo/divergo/display"
	_ "modernc.org/sqlite" // the "sqlite" driver
)

var registerOnce = sync.OnceValue(func() error {
	if err := register(); err != nil {
		return err
	}
	return registerSource()
})

// Engine is what the session needs of a SQL engine: *DB is SQLite's,
// *Postgres PostgreSQL's, and with -tags duckdb *DuckDBEngine DuckDB's. OpenEngine
// opens one from a --db argument.
type Engine interface {
	// Name is the engine's name, as .engine shows it: "SQLite",
	// "PostgreSQL", "DuckDB".
	Name() string
	// Dialect is how PortableSQL spells the measures for this engine.
	Dialect() Dialect
	Run(ctx context.Context, cell string) ([]Result, error)
	RunShown(ctx context.Context, cell string, maxRows int) ([]Result, error)
	Query(ctx context.Context, stmt string, args ...any) (*display.Table, error)
	ImportCSV(ctx context.Context, file, table string) (rows int, err error)
	ImportCSVWith(ctx context.Context, file, table string, opt CSVOptions) (rows int, err error)
	FromGo(ctx context.Context, table string, v any) (rows int, err error)
	Tables(ctx context.Context) ([]string, error)
	Schema(ctx context.Context, table string) (string, error)
	Save(ctx context.Context, file string) error
	Path() string
	Close() error
}

var _ Engine = (*DB)(nil)

// DB is one session's database: in memory, or a file.
type DB struct {
	core
	path string          // "" for memory
	made map[string]bool // tables made by FromGo, which it may replace
}

// core runs statements through database/sql: what every engine shares.
type core struct {
	db *sql.DB
	// value converts a value read from the driver, of the column type the
	// driver names, to one display.Table shows (nil: as it comes).
	value func(typ string, v any) any
	// errText rewrites the engine's errors for people (nil: as they come).
	errText func(error) error
}

// engineErr rewrites an error of the engine with errText.
func (d *core) engineErr(err error) error {
	if err != nil && d.errText != nil {
		return d.errText(err)
	}
	return err
}

// Open opens the database in the file path, creating it if needed, or a
// fresh in-memory database when path is "" or ":memory:".
func Open(path string) (*DB, error) {
	if err := registerOnce(); err != nil {
		return nil, fmt.Errorf("registering the SQL functions: %w", err)
	}
	dsn := path
	if path == "" || path == ":memory:" {
		path, dsn = "", ":memory:"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: an in-memory database lives in its connection, and a
	// session is one sequence of statements anyway.
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	db.SetConnMaxLifetime(0)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", dsn, err)
	}
	return &DB{core: core{db: db}, path: path}, nil
}

// Name returns "SQLite".
func (d *DB) Name() string { return "SQLite" }

// Dialect returns SQLite's dialect.
func (d *DB) Dialect() Dialect { return SQLite }

// Path returns the database's file, or "" for an in-memory database.
func (d *DB) Path() string { return d.path }

// Close closes the database.
func (d *core) Close() error { return d.db.Close() }

// SQL returns the underlying database/sql handle.
func (d *core) SQL() *sql.DB { return d.db }

// Result is what one statement of a cell gives: a table when the statement
// returns rows (even none), else nothing.
type Result struct {
	Statement string
	Table     *display.Table // nil for statements that return no rows
}

// Run executes the statements of a SQL cell in order and returns the tables
// of those that return rows. It stops at the first error, which is a
// *StatementError naming the statement. Cancelling ctx stops the statement
// running (SQLite is interrupted) and the reading of its rows.
func (d *core) Run(ctx context.Context, cell string) ([]Result, error) {
	return d.RunShown(ctx, cell, -1)
}

// RunShown is Run for showing the results: each table keeps only the rows
// a display.Table with that MaxRows shows (0 for display.DefaultMaxRows;
// negative keeps every row), its first and last, and counts the others
// (display.Table.Omitted) as it reads them, so that a result of 10⁶ rows
// holds 20.
func (d *core) RunShown(ctx context.Context, cell string, maxRows int) ([]Result, error) {
	var results []Result
	for _, stmt := range SplitStatements(cell) {
		t, err := d.query(ctx, maxRows, stmt.Text)
		if err != nil {
			return results, &StatementError{Statement: stmt.Text, Line: stmt.Line, Err: d.engineErr(err)}
		}
		results = append(results, Result{Statement: stmt.Text, Table: t})
	}
	return results, nil
}

// Query runs one statement with bound arguments and returns its rows as a
// table (a statement that returns no rows gives nil).
func (d *core) Query(ctx context.Context, stmt string, args ...any) (*display.Table, error) {
	t, err := d.query(ctx, -1, stmt, args...)
	if err != nil {
		return nil, &StatementError{Statement: stmt, Line: 1, Err: d.engineErr(err)}
	}
	return t, nil
}

// query runs a statement and reads its rows into a table, through a
// display.Sampler with the given MaxRows.
func (d *core) query(ctx context.Context, maxRows int, stmt string, args ...any) (*display.Table, error) {
	rows, err := d.db.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	if len(cols) == 0 {
		// A statement without result columns runs when its rows are read.
		for rows.Next() {
		}
		return nil, rows.Err()
	}
	var types []string
	if d.value != nil {
		ct, err := rows.ColumnTypes()
		if err != nil {
			return nil, err
		}
		for _, c := range ct {
			types = append(types, c.DatabaseTypeName())
		}
	}
	sample := display.Sampler{MaxRows: maxRows}
	ptrs := make([]any, len(cols))
	var cells []any
	for rows.Next() {
		if cells == nil {
			cells = make([]any, len(cols))
		}
		for i := range cells {
			ptrs[i] = &cells[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, c := range cells {
			if b, ok := c.([]byte); ok {
				cells[i] = string(b) // TEXT can come back as bytes
			} else if d.value != nil {
				cells[i] = d.value(types[i], c)
			}
		}
		cells = sample.Add(cells)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return sample.Table(cols...), nil
}

// StatementError is a failed statement: the engine's message with the
// statement it came from.
type StatementError struct {
	Statement string
	Line      int // the statement's first line in its cell
	Err       error
}

func (e *StatementError) Error() string {
	msg := e.Err.Error()
	// modernc prefixes messages with "SQL logic error: " and suffixes codes.
	msg = strings.TrimPrefix(msg, "SQL logic error: ")
	return fmt.Sprintf("%s\nin: %s", msg, firstLine(e.Statement))
}

func (e *StatementError) Unwrap() error { return e.Err }

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// Statement is one statement of a cell.
type Statement struct {
	Text string
	Line int // 1-based line of its first character in the cell
}

// SplitStatements splits SQL text at the semicolons that end statements:
// not those inside quotes ('…', "…", `…`, […]), comments (-- …, /* … */) or
// the BEGIN … END body of a CREATE TRIGGER. Empty statements are dropped;
// text after the last semicolon is a statement too.
func SplitStatements(text string) []Statement {
	stmts, _ := split(text)
	return stmts
}

// split is SplitStatements, and reports whether the text ends inside a
// quote, a block comment or a trigger body.
func split(text string) (out []Statement, open bool) {
	start, line, startLine := 0, 1, 1
	depth := 0 // BEGIN … END nesting inside CREATE TRIGGER
	trigger := false
	word := func(i int) (string, int) {
		j := i
		for j < len(text) && (isIdent(text[j])) {
			j++
		}
		return strings.ToUpper(text[i:j]), j
	}
	flush := func(end int) {
		s := strings.TrimSpace(text[start:end])
		if s != "" && s != ";" && !onlyComments(s) {
			out = append(out, Statement{Text: s, Line: startLine})
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == '\'' || c == '"' || c == '`' || c == '[':
			closer := c
			if c == '[' {
				closer = ']'
			}
			j := i + 1
			open = true
			for j < len(text) {
				if text[j] == '\n' {
					line++
				}
				if text[j] == closer {
					if closer != ']' && j+1 < len(text) && text[j+1] == closer {
						j += 2 // a doubled quote
						continue
					}
					open = false
					break
				}
				j++
			}
			i = j + 1
		case c == '-' && i+1 < len(text) && text[i+1] == '-':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			j := strings.Index(text[i+2:], "*/")
			if j < 0 {
				line += strings.Count(text[i:], "\n")
				i = len(text)
				open = true
			} else {
				line += strings.Count(text[i:i+2+j+2], "\n")
				i += 2 + j + 2
			}
		case isIdent(c) && (i == 0 || !isIdent(text[i-1])):
			w, j := word(i)
			switch w {
			case "TRIGGER":
				trigger = true
			case "BEGIN":
				if trigger {
					depth++
				}
			case "END":
				if trigger && depth > 0 {
					depth--
				}
			}
			i = j
		case c == ';' && depth == 0:
			flush(i + 1)
			trigger = false
			start = i + 1
			i++
			// The next statement starts at its first non-blank character.
			startLine = line
			for k := start; k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'); k++ {
				if text[k] == '\n' {
					startLine++
				}
			}
		default:
			i++
		}
	}
	flush(len(text))
	return out, open || depth > 0
}

// onlyComments reports whether SQL text holds nothing but comments and blanks.
func onlyComments(s string) bool {
	for len(s) > 0 {
		s = strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(s, "--"):
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				return true
			}
			s = s[i+1:]
		case strings.HasPrefix(s, "/*"):
			i := strings.Index(s, "*/")
			if i < 0 {
				return true
			}
			s = s[i+2:]
		default:
			return s == ""
		}
	}
	return true
}

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Complete reports whether SQL text ends a statement: its last non-blank,
// non-comment character is a semicolon outside quotes, comments and trigger
// bodies. The REPL's continuation prompt asks it.
func Complete(text string) bool {
	stmts, open := split(text)
	if open || len(stmts) == 0 {
		return false
	}
	return strings.HasSuffix(stmts[len(stmts)-1].Text, ";")
}

// Tables lists the tables and views of the database, sorted.
func (d *DB) Tables(ctx context.Context) ([]string, error) {
	t, err := d.query(ctx, -1, `SELECT name FROM sqlite_schema WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, r := range t.Rows {
		names = append(names, fmt.Sprint(r[0]))
	}
	return names, nil
}

// Schema returns the CREATE statements of the database, or of one table.
func (d *DB) Schema(ctx context.Context, table string) (string, error) {
	q := `SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`
	var args []any
	if table != "" {
		q += ` AND (name = ? OR tbl_name = ?)`
		args = append(args, table, table)
	}
	t, err := d.query(ctx, -1, q+` ORDER BY tbl_name, type DESC, name`, args...)
	if err != nil {
		return "", err
	}
	if table != "" && len(t.Rows) == 0 {
		return "", fmt.Errorf("no table %q", table)
	}
	var b strings.Builder
	for _, r := range t.Rows {
		fmt.Fprintf(&b, "%s;\n", r[0])
	}
	return b.String(), nil
}

// Save writes the database to a file (sqlite3's .save), with VACUUM INTO.
func (d *DB) Save(ctx context.Context, file string) error {
	if file == "" {
		return errors.New("save needs a file name")
	}
	_, err := d.db.ExecContext(ctx, `VACUUM INTO ?`, file)
	return err
}
