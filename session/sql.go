package session

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/divergo/divergo/builtins"
	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/query"
	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/run"
)

// SQL cells run on the session's engine (package query): SQLite in memory
// unless Options.Database names a file, duckdb:[FILE] or a postgres:// URL
// (query.OpenEngine). A cell is SQL when it starts with %%sql, or
// with a SQL keyword and Go's parser rejects it (complete or incomplete):
// `delete(m, k)` and `values := …` stay Go. So that `VALUES (1, 2);` is SQL
// too, an upper-case keyword followed by a space or a parenthesis, in a cell
// that ends with ';', makes the cell SQL even when it parses as Go.

// database returns the session's database, opening it on first use.
func (s *Session) database() (query.Engine, error) {
	if s.db != nil {
		return s.db, nil
	}
	db, err := query.OpenEngine(context.Background(), s.opts.Database)
	if err != nil {
		return nil, &Error{Msg: err.Error()}
	}
	s.db = db
	return db, nil
}

// Close releases the session's database.
func (s *Session) Close() error {
	if s.db != nil {
		err := s.db.Close()
		s.db = nil
		return err
	}
	return nil
}

// evalSQL runs a SQL cell: every statement's table is shown, the last one as
// the cell's result.
func (s *Session) evalSQL(ctx context.Context, cell string, out Output) (*display.Data, error) {
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	text, off := cells.SQLText(cell)
	// The table, markdown and html modes show the first and last rows of a
	// result: only those are kept as the rows are read (and counted). The
	// other modes print every row.
	keep := -1
	switch s.sqlMode {
	case "", "table", "box", "column", "markdown", "html":
		keep = s.sqlMaxRows
	}
	results, err := db.RunShown(ctx, text, keep)
	if ctx.Err() != nil {
		return nil, &Error{Msg: "interrupted"}
	}
	var last *display.Data
	if s.sqlOut != nil {
		// .output and .once: every table to the file.
		defer s.outputDone()
		for _, r := range results {
			if r.Table != nil {
				fmt.Fprintln(s.sqlOut, s.showTable(r.Table).Data[display.MIMETypeText])
			}
		}
		if err != nil {
			return nil, s.sqlError(cell, off, text, err)
		}
		return nil, nil
	}
	for _, r := range results {
		if r.Table == nil {
			continue
		}
		if last != nil {
			out.Display(*last)
		}
		last = s.showTable(r.Table)
	}
	if err != nil {
		if last != nil {
			out.Display(*last)
		}
		return nil, s.sqlError(cell, off, text, err)
	}
	return last, nil
}

// nearRe finds the token of SQLite's syntax errors: near "FROM": syntax error.
var nearRe = regexp.MustCompile(`near "((?:[^"]|"")*)"`)

// sqlError shows a failed statement: the engine's message and the statement,
// with a caret under the token SQLite names, when it names one.
func (s *Session) sqlError(cell string, off int, text string, err error) error {
	var se *query.StatementError
	if !errors.As(err, &se) {
		return &Error{Msg: err.Error()}
	}
	msg := cleanSQLMessage(se.Err.Error())
	if n, ok := s.db.(query.Noticer); ok && n.Notice() != "" && strings.Contains(msg, "does not exist") {
		msg += "\n" + n.Notice() // a PostgreSQL database without the measures
	}
	start := strings.Index(text, se.Statement)
	if start >= 0 {
		if m := nearRe.FindStringSubmatch(msg); m != nil {
			tok := strings.ReplaceAll(m[1], `""`, `"`)
			if i := strings.Index(se.Statement, tok); i >= 0 && tok != "" {
				return errorAt(cell, off+start+i, msg)
			}
		}
	}
	return &Error{Msg: msg + "\nin: " + firstLineOf(se.Statement)}
}

// cleanSQLMessage drops the driver's decorations: "SQL logic error: " and a
// trailing result code " (1)".
func cleanSQLMessage(msg string) string {
	msg = strings.TrimPrefix(msg, "SQL logic error: ")
	if i := strings.LastIndex(msg, " ("); i >= 0 && strings.HasSuffix(msg, ")") {
		if _, err := strconv.Atoi(msg[i+2 : len(msg)-1]); err == nil {
			msg = msg[:i]
		}
	}
	return msg
}

func firstLineOf(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// showTable renders a query's table as the .mode says.
func (s *Session) showTable(t *display.Table) *display.Data {
	t.Digits = s.opts.Digits
	t.Null = s.sqlNull
	t.Widths = s.sqlWidths
	if s.sqlMaxRows != 0 {
		t.MaxRows = s.sqlMaxRows
	}
	d := t.Render()
	var txt string
	switch s.sqlMode {
	case "", "table", "box", "column":
		switch {
		case t.Len() == 0:
			txt = "(no rows)"
		case s.sqlMode == "column":
			txt = t.ColumnText()
		default:
			txt = strings.TrimSuffix(t.Text(), "\n")
		}
	case "markdown":
		txt = t.Markdown()
	case "csv":
		if s.sqlSep != "" || s.sqlRowSep != "" {
			txt = s.listMode(t, true)
			break
		}
		txt = t.CSV()
		if s.sqlNoHeaders {
			if i := strings.IndexByte(txt, '\n'); i >= 0 {
				txt = txt[i+1:]
			}
		}
	case "list", "tabs":
		txt = s.listMode(t, false)
	case "json":
		txt = jsonMode(t)
	case "html":
		txt = t.HTML()
	case "line":
		txt = lineMode(t)
	}
	d.Data[display.MIMETypeText] = strings.TrimSuffix(txt, "\n")
	return &d
}

// jsonMode is sqlite3's .mode json: an array of one object per row, keys in
// column order. Infinities, which JSON lacks, are the strings "+Inf" and "-Inf".
func jsonMode(t *display.Table) string {
	var b strings.Builder
	b.WriteString("[")
	for i, r := range t.Rows {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString("{")
		for j, c := range t.Columns {
			if j > 0 {
				b.WriteString(",")
			}
			k, _ := json.Marshal(c)
			var v any
			if j < len(r) {
				v = r[j]
			}
			if f, ok := v.(float64); ok && (math.IsInf(f, 0) || math.IsNaN(f)) {
				v = display.FormatFloat(f, 0)
				if math.IsInf(f, 1) {
					v = "+Inf"
				}
			}
			val, err := json.Marshal(v)
			if err != nil {
				val, _ = json.Marshal(fmt.Sprint(v))
			}
			b.Write(k)
			b.WriteString(":")
			b.Write(val)
		}
		b.WriteString("}")
	}
	b.WriteString("]")
	return b.String()
}

// lineMode is sqlite3's .mode line: one "column = value" line per cell, a
// blank line between rows.
func lineMode(t *display.Table) string {
	w := 0
	for _, c := range t.Columns {
		w = max(w, len([]rune(c)))
	}
	var b strings.Builder
	for i, r := range t.Rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, c := range t.Columns {
			var v any
			if j < len(r) {
				v = r[j]
			}
			fmt.Fprintf(&b, "%*s = %s\n", w, c, t.Cell(v))
		}
	}
	return b.String()
}

func init() {
	addCommand(&command{name: "tables", summary: "the tables and views of the database", run: (*Session).cmdTables})
	addCommand(&command{name: "schema", args: "[TABLE]", summary: "the CREATE statements of the database, or of one table", run: (*Session).cmdSchema})
	addCommand(&command{name: "import", args: "[--csv] FILE.csv TABLE", timed: true,
		summary: "load a CSV file with a header row into TABLE (appending to one that exists), in one transaction; the separator is .separator's or sniffed (, ; tab |); numeric columns become REAL (sqlite3 makes them TEXT)",
		run:     (*Session).cmdImport})
	addCommand(&command{name: "mode", args: "MODE", summary: "how SQL results print: table (box), column, markdown, csv, list, tabs, json, html or line", record: true, run: (*Session).cmdMode})
	addCommand(&command{name: "headers", args: "on|off", summary: "column names in csv, list and tabs mode", record: true, run: (*Session).cmdHeaders})
	addCommand(&command{name: "output", args: "[FILE]", summary: "send SQL results to FILE; alone: back to the screen", run: (*Session).cmdOutput})
	addCommand(&command{name: "open", args: "FILE|duckdb:[FILE]|postgres://…",
		summary: "use the database in FILE (SQLite, created if missing; :memory: for a fresh one), DuckDB (duckdb: in memory), or a PostgreSQL server",
		run:     (*Session).cmdOpen})
	addCommand(&command{name: "sql", args: "MEASURE [P Q] [UNIT] [DIALECT]",
		summary: "a measure as plain SQL for engines without divergo's functions; DIALECT: sqlite, postgresql, duckdb, spark, trino, bigquery, clickhouse (default: the session's engine)",
		run:     (*Session).cmdPortableSQL})
	addCommand(&command{name: "engine", summary: "which SQL engine and database the session uses", run: (*Session).cmdEngine})
	addCommand(&command{name: "install", args: "[SCHEMA]",
		summary: "PostgreSQL: install the measures (kl, js, …) as aggregates into SCHEMA (default divergo), or replace them",
		run:     (*Session).cmdInstall})
	addCommand(&command{name: "save", args: "FILE", summary: "write the database to FILE", run: (*Session).cmdSave})
}

func (s *Session) cmdTables(ctx context.Context, c *call) (*display.Data, error) {
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	names, err := db.Tables(ctx)
	if err != nil {
		return nil, &Error{Msg: err.Error()}
	}
	if len(names) == 0 {
		return s.toOutput(text("no tables"))
	}
	return s.toOutput(text(strings.Join(names, "  ")))
}

func (s *Session) cmdSchema(ctx context.Context, c *call) (*display.Data, error) {
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	sch, err := db.Schema(ctx, c.args)
	if err != nil {
		return nil, &Error{Msg: err.Error()}
	}
	if sch == "" {
		return s.toOutput(text("no tables"))
	}
	return s.toOutput(text(strings.TrimSuffix(sch, "\n")))
}

func (s *Session) cmdMode(ctx context.Context, c *call) (*display.Data, error) {
	switch c.args {
	case "":
		m := s.sqlMode
		if m == "" {
			m = "table"
		}
		return text("mode: " + m), nil
	case "table", "box", "column", "markdown", "csv", "list", "tabs", "json", "html", "line":
		s.sqlMode = c.args
		s.sqlSep, s.sqlRowSep = "", "" // as sqlite3: the mode's own separators
		return nil, nil
	}
	return nil, &Error{Msg: "usage: " + c.prefix + "mode table|box|column|markdown|csv|list|tabs|json|html|line"}
}

func (s *Session) cmdHeaders(ctx context.Context, c *call) (*display.Data, error) {
	switch c.args {
	case "on":
		s.sqlNoHeaders = false
	case "off":
		s.sqlNoHeaders = true
	case "":
		if s.sqlNoHeaders {
			return text("headers: off"), nil
		}
		return text("headers: on"), nil
	default:
		return nil, &Error{Msg: "usage: " + c.prefix + "headers on|off"}
	}
	return nil, nil
}

func (s *Session) cmdOutput(ctx context.Context, c *call) (*display.Data, error) {
	s.closeOutput()
	args, err := splitArgs(c.args)
	if err == nil && len(args) > 1 {
		err = fmt.Errorf("one file name (in quotes when it holds spaces)")
	}
	if err != nil {
		return nil, &Error{Msg: "output: " + err.Error() + "; usage: " + c.prefix + "output [FILE]"}
	}
	if len(args) == 0 || args[0] == "stdout" {
		return nil, nil
	}
	f, err := os.Create(args[0])
	if err != nil {
		return nil, &Error{Msg: "output: " + err.Error()}
	}
	s.sqlOut = f
	return nil, nil
}

func (s *Session) cmdOpen(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" {
		return nil, &Error{Msg: "usage: " + c.prefix + "open FILE (or :memory:, duckdb:, duckdb:FILE, postgres://…)"}
	}
	db, err := query.OpenEngine(ctx, c.args)
	if err != nil {
		return nil, &Error{Msg: "open: " + err.Error()}
	}
	if s.db != nil {
		s.db.Close()
	}
	s.db = db
	s.opts.Database = db.Path()
	if n, ok := db.(query.Noticer); ok && n.Notice() != "" {
		return text(n.Notice()), nil
	}
	return nil, nil
}

func (s *Session) cmdPortableSQL(ctx context.Context, c *call) (*display.Data, error) {
	f := strings.Fields(c.args)
	if len(f) == 0 {
		return nil, &Error{Msg: "usage: " + c.prefix + "sql MEASURE [P Q] [UNIT] [DIALECT]; the measures: " + strings.Join(query.PortableMeasures, ", ")}
	}
	measure, cols := f[0], []string{}
	unit := builtins.Nats
	var dialect *query.Dialect
	for _, w := range f[1:] {
		if u, ok := map[string]builtins.Unit{"nats": builtins.Nats, "bits": builtins.Bits, "hartleys": builtins.Hartleys}[strings.ToLower(w)]; ok {
			unit = u
		} else if d, ok := query.Dialects[strings.ToLower(w)]; ok {
			dialect = &d
		} else {
			cols = append(cols, w)
		}
	}
	if len(cols) == 0 {
		cols = []string{"p", "q"}
	}
	if len(cols) == 1 {
		cols = append(cols, "q")
	}
	if len(cols) != 2 {
		return nil, &Error{Msg: "sql: " + strings.Join(cols[2:], " ") + " is not a unit or a dialect; usage: " + c.prefix + "sql MEASURE [P Q] [UNIT] [DIALECT]"}
	}
	if dialect == nil {
		d := query.SQLite
		if s.db != nil {
			d = s.db.Dialect()
		}
		dialect = &d
	}
	e, err := dialect.PortableSQL(measure, cols[0], cols[1], unit)
	if err != nil {
		return nil, &Error{Msg: "sql: " + err.Error()}
	}
	return text(e), nil
}

func (s *Session) cmdEngine(ctx context.Context, c *call) (*display.Data, error) {
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	msg := query.Describe(db)
	if pg, ok := db.(*query.Postgres); ok && pg.MeasuresSchema() != "" {
		msg += "\nthe measures: aggregates in schema " + pg.MeasuresSchema()
	}
	if n, ok := db.(query.Noticer); ok && n.Notice() != "" {
		msg += "\n" + n.Notice()
	}
	return text(msg), nil
}

func (s *Session) cmdInstall(ctx context.Context, c *call) (*display.Data, error) {
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	pg, ok := db.(*query.Postgres)
	if !ok {
		return nil, &Error{Msg: "install: " + db.Name() + " has the measures already; .install is for PostgreSQL"}
	}
	if err := pg.Install(ctx, c.args); err != nil {
		return nil, &Error{Msg: "install: " + err.Error()}
	}
	return text("the measures are installed in schema " + pg.MeasuresSchema() + " and on this session's search_path"), nil
}

func (s *Session) cmdSave(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" {
		return nil, &Error{Msg: "usage: " + c.prefix + "save FILE"}
	}
	db, err := s.database()
	if err != nil {
		return nil, err
	}
	if err := db.Save(ctx, c.args); err != nil {
		return nil, &Error{Msg: "save: " + cleanSQLMessage(err.Error())}
	}
	return text("database saved to " + c.args), nil
}

// sqlQuery is Query in a cell: one statement with bound arguments, its rows
// as a table. Errors panic, shown as their message alone.
func (s *Session) sqlQuery(stmt string, args ...any) *display.Table {
	db, err := s.database()
	if err != nil {
		panic(run.PlainError(err.Error()))
	}
	// The running cell's context: an interrupt stops the query, which
	// would otherwise go on holding the database after the cell ended.
	ctx := context.Background()
	if c := s.queryCtx.Load(); c != nil {
		ctx = *c
	}
	t, err := db.Query(ctx, stmt, args...)
	if err != nil {
		if ctx.Err() != nil {
			panic(run.PlainError("Query: interrupted"))
		}
		var se *query.StatementError
		if errors.As(err, &se) {
			panic(run.PlainError("Query: " + cleanSQLMessage(se.Err.Error())))
		}
		panic(run.PlainError("Query: " + err.Error()))
	}
	if t == nil {
		t = display.NewTable()
	}
	return t
}

// sqlTable is SQLTable in a cell: a Go value as the SQL table name.
func (s *Session) sqlTable(name string, v any) {
	db, err := s.database()
	if err != nil {
		panic(run.PlainError(err.Error()))
	}
	if _, err := db.FromGo(context.Background(), name, v); err != nil {
		panic(run.PlainError("SQLTable: " + strings.TrimPrefix(err.Error(), "SQLTable: ")))
	}
}
