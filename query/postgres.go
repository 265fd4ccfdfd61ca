package query

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// DefaultPostgresSchema is the schema InstallPostgres puts the measures in
// when none is named.
const DefaultPostgresSchema = "divergo"

// Postgres is a PostgreSQL server as a session's engine, through pgx. The
// session holds one connection; the schema holding the measures (see
// pgsql.go) is added to its search_path, so that kl(p, q) needs no prefix.
type Postgres struct {
	core
	url    string
	schema string // the schema with the measures, "" when none has them
	made   map[string]bool
}

var _ Engine = (*Postgres)(nil)

// OpenPostgres connects to the PostgreSQL server a libpq URL names.
func OpenPostgres(ctx context.Context, url string) (*Postgres, error) {
	cfg, err := postgresConfig(url)
	if err != nil {
		return nil, err
	}
	e := &Postgres{url: url}
	// Every connection (database/sql may open a new one after an error)
	// finds the measures and puts their schema on its search_path.
	db := stdlib.OpenDB(*cfg, stdlib.OptionAfterConnect(func(ctx context.Context, c *pgx.Conn) error {
		return e.useSchema(ctx, c)
	}))
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	e.core = core{db: db, value: pgValue, errText: pgErrorText}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to %s: %w", RedactURL(url), pgErrorText(err))
	}
	return e, nil
}

// postgresConfig is the connection configuration of a session: the simple
// query protocol, because PostgreSQL runs a statement that comes through
// the extended protocol (Parse, Bind, Execute, pgx's default) without
// parallel workers (measured: 2.4 s with 0 or 2 workers allowed, 1.64 s with
// 2 over the simple protocol; EXPLAIN ANALYZE shows them launched either
// way). pgx quotes the arguments of a statement that has any.
func postgresConfig(url string) (*pgx.ConnConfig, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("PostgreSQL URL %s: %w", RedactURL(url), err)
	}
	cfg.DefaultQueryExecMode = pgx.QueryExecModeSimpleProtocol
	return cfg, nil
}

// useSchema finds the schema holding the measures and appends it to the
// connection's search_path.
func (e *Postgres) useSchema(ctx context.Context, c *pgx.Conn) error {
	var schema string
	err := c.QueryRow(ctx, `SELECT nspname FROM pg_namespace WHERE obj_description(oid, 'pg_namespace') = $1
		ORDER BY nspname <> $2, nspname LIMIT 1`, pgSchemaComment, DefaultPostgresSchema).Scan(&schema)
	if errors.Is(err, pgx.ErrNoRows) {
		e.schema = ""
		return nil
	}
	if err != nil {
		return err
	}
	e.schema = schema
	_, err = c.Exec(ctx, `SELECT set_config('search_path', current_setting('search_path') || ', ' || quote_ident($1), false)
		WHERE NOT quote_ident($1) = ANY (current_schemas(false))`, schema)
	return err
}

// Name returns "PostgreSQL".
func (e *Postgres) Name() string { return "PostgreSQL" }

// Dialect returns PostgreSQL's dialect.
func (e *Postgres) Dialect() Dialect { return PostgreSQL }

// Path returns the server's URL.
func (e *Postgres) Path() string { return e.url }

// Schema of the measures: "" when the database has none.
func (e *Postgres) MeasuresSchema() string { return e.schema }

// Notice says how to install the measures when the database lacks them.
func (e *Postgres) Notice() string {
	if e.schema != "" {
		return ""
	}
	return "this database has no divergo measures (kl, js, …); install them into schema " + DefaultPostgresSchema +
		" with .install, or from a shell: divergo sql install '" + RedactURL(e.url) + "'"
}

// Install installs the measures into schema (DefaultPostgresSchema when
// ""), as InstallPostgres does, and puts it on the session's search_path.
func (e *Postgres) Install(ctx context.Context, schema string) error {
	if schema == "" {
		schema = DefaultPostgresSchema
	}
	return e.raw(ctx, func(c *pgx.Conn) error {
		if err := installPostgres(ctx, c, schema); err != nil {
			return err
		}
		return e.useSchema(ctx, c)
	})
}

// InstallPostgres installs the measures (pgsql.go) into schema, created if
// missing, in one transaction: running it again replaces them, and a
// failure leaves the database as it was.
func InstallPostgres(ctx context.Context, url, schema string) error {
	if schema == "" {
		schema = DefaultPostgresSchema
	}
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", RedactURL(url), pgErrorText(err))
	}
	defer c.Close(ctx)
	return installPostgres(ctx, c, schema)
}

func installPostgres(ctx context.Context, c *pgx.Conn, schema string) error {
	tx, err := c.Begin(ctx)
	if err != nil {
		return pgErrorText(err)
	}
	defer tx.Rollback(ctx)
	// Two installs at once wait for each other.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('divergo install'))`); err != nil {
		return pgErrorText(err)
	}
	for _, stmt := range PostgresInstallSQL(schema) {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return fmt.Errorf("installing the measures into schema %s: %w\nin: %s", schema, pgErrorText(err), firstLine(stmt))
		}
	}
	return pgErrorText(tx.Commit(ctx))
}

// raw runs f on the session's connection as pgx sees it.
func (e *Postgres) raw(ctx context.Context, f func(*pgx.Conn) error) error {
	conn, err := e.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		return f(dc.(*stdlib.Conn).Conn())
	})
}

// pgValue converts what pgx gives database/sql to what a display.Table
// shows: NUMERIC (what sum and avg of integers give) as a number.
func pgValue(typ string, v any) any {
	if s, ok := v.(string); ok && typ == "NUMERIC" {
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f
		}
	}
	return v
}

// pgErrorText makes a server error read as the other engines' do: the
// message, with its detail and hint, without "ERROR:" and the SQLSTATE.
func pgErrorText(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	msg := pe.Message
	if pe.Detail != "" {
		msg += "\n" + pe.Detail
	}
	if pe.Hint != "" {
		msg += "\nhint: " + pe.Hint
	}
	return &pgError{msg: msg, err: pe}
}

type pgError struct {
	msg string
	err *pgconn.PgError
}

func (e *pgError) Error() string { return e.msg }
func (e *pgError) Unwrap() error { return e.err }

// Tables lists the tables and views of the current schema, sorted.
func (e *Postgres) Tables(ctx context.Context) ([]string, error) {
	t, err := e.query(ctx, -1, `SELECT table_name::text FROM information_schema.tables
		WHERE table_schema = current_schema() ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, r := range t.Rows {
		names = append(names, fmt.Sprint(r[0]))
	}
	return names, nil
}

// Schema returns CREATE TABLE statements for the tables of the current
// schema, or of one table, from information_schema (PostgreSQL keeps no
// statement text; pg_dump -s gives the full one).
func (e *Postgres) Schema(ctx context.Context, table string) (string, error) {
	t, err := e.query(ctx, -1, `SELECT c.table_name::text, c.column_name::text, c.data_type::text
		FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
		WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND ($1 = '' OR c.table_name = $1)
		ORDER BY c.table_name, c.ordinal_position`, table)
	if err != nil {
		return "", err
	}
	if table != "" && len(t.Rows) == 0 {
		return "", fmt.Errorf("no table %q", table)
	}
	var b strings.Builder
	for i := 0; i < len(t.Rows); {
		name := fmt.Sprint(t.Rows[i][0])
		var cols []string
		for ; i < len(t.Rows) && fmt.Sprint(t.Rows[i][0]) == name; i++ {
			cols = append(cols, quoteIdent(fmt.Sprint(t.Rows[i][1]))+" "+fmt.Sprint(t.Rows[i][2]))
		}
		fmt.Fprintf(&b, "CREATE TABLE %s (%s);\n", quoteIdent(name), strings.Join(cols, ", "))
	}
	return b.String(), nil
}

// Save is not PostgreSQL's: its data stays on the server.
func (e *Postgres) Save(ctx context.Context, file string) error {
	return errors.New("a PostgreSQL database stays on its server; pg_dump copies it to a file")
}

// columnNames returns the columns of a table of the current schema, or nil
// when there is none.
func (e *Postgres) columnNames(ctx context.Context, table string) ([]string, error) {
	t, err := e.query(ctx, -1, `SELECT column_name::text FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, table)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range t.Rows {
		out = append(out, fmt.Sprint(r[0]))
	}
	return out, nil
}

// copyLine finds the line in the CONTEXT of a COPY error: "COPY t, line 5, …".
var copyLine = regexp.MustCompile(`COPY [^,]*, line (\d+)`)

// ImportCSV is ImportCSVWith with the separator sniffed.
func (e *Postgres) ImportCSV(ctx context.Context, file, table string) (rows int, err error) {
	return e.ImportCSVWith(ctx, file, table, CSVOptions{})
}

// ImportCSVWith loads a CSV file with a header row into a table with COPY …
// FROM STDIN, the server's own parser, in one transaction: a bad line is
// rejected with its line number and nothing is kept. Columns are typed as
// the SQLite engine types them (double precision for a column whose first
// non-empty value is a number, else text); empty fields are NULL.
func (e *Postgres) ImportCSVWith(ctx context.Context, file, table string, opt CSVOptions) (rows int, err error) {
	if table == "" {
		return 0, errors.New("import needs a table name")
	}
	sep, err := opt.separator(file)
	if err != nil {
		return 0, err
	}
	cols, err := sniffCSV(file, sep)
	if err != nil {
		return 0, err
	}
	exists, err := e.columnNames(ctx, table)
	if err != nil {
		return 0, err
	}
	if exists != nil && !sameNames(exists, cols) {
		return 0, fmt.Errorf("%s: the header (%s) does not match the columns of table %s (%s)", file, names(cols), table, strings.Join(exists, ", "))
	}
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	err = e.raw(ctx, func(c *pgx.Conn) error {
		tx, err := c.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		if exists == nil {
			if _, err := tx.Exec(ctx, "CREATE TABLE "+quoteIdent(table)+" ("+columnDefs(cols, "double precision")+")"); err != nil {
				return err
			}
		}
		tag, err := c.PgConn().CopyFrom(ctx, bufio.NewReaderSize(f, 1<<16),
			"COPY "+quoteIdent(table)+" FROM STDIN (FORMAT csv, HEADER true, DELIMITER '"+strings.ReplaceAll(string(rune(sep)), "'", "''")+"')")
		if err != nil {
			var pe *pgconn.PgError
			if errors.As(err, &pe) {
				if m := copyLine.FindStringSubmatch(pe.Where); m != nil {
					return fmt.Errorf("%s:%s: %s", file, m[1], pe.Message)
				}
			}
			return err
		}
		rows = int(tag.RowsAffected())
		return tx.Commit(ctx)
	})
	if err != nil {
		return 0, pgErrorText(err)
	}
	return rows, nil
}

// columnDefs is the column list of a CREATE TABLE for CSV columns.
func columnDefs(cols []csvColumn, real string) string {
	defs := make([]string, len(cols))
	for i, c := range cols {
		t := "text"
		if c.numeric {
			t = real
		}
		defs[i] = quoteIdent(c.name) + " " + t
	}
	return strings.Join(defs, ", ")
}

// FromGo makes a Go value the table name (see DB.FromGo for the values
// taken), with COPY in binary form, in one transaction.
func (e *Postgres) FromGo(ctx context.Context, name string, v any) (rows int, err error) {
	cols, defs, data, err := goTable(ctx, name, v, e.columnNames, e.made, map[string]string{"REAL": "double precision", "INTEGER": "bigint", "TEXT": "text", "BLOB": "bytea"})
	if err != nil {
		return 0, err
	}
	err = e.raw(ctx, func(c *pgx.Conn) error {
		tx, err := c.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		if _, err := tx.Exec(ctx, "DROP TABLE IF EXISTS "+quoteIdent(name)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "CREATE TABLE "+quoteIdent(name)+" ("+strings.Join(defs, ", ")+")"); err != nil {
			return err
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{name}, cols, pgx.CopyFromRows(data)); err != nil {
			return err
		}
		return tx.Commit(ctx)
	})
	if err != nil {
		return 0, pgErrorText(err)
	}
	if e.made == nil {
		e.made = map[string]bool{}
	}
	e.made[strings.ToLower(name)] = true
	return len(data), nil
}

// settleTypes gives each column without a declared type (a display.Table's,
// or interface values) one, for engines whose columns each have one: REAL
// when its non-NULL values are all numbers (INTEGER when all integers),
// else TEXT with the values as text.
func settleTypes(types []string, rows [][]any) ([]string, [][]any) {
	out := append([]string(nil), types...)
	for j, t := range types {
		if t != "" {
			continue
		}
		ints, nums := true, true
		for _, r := range rows {
			switch r[j].(type) {
			case nil:
			case int64:
			case float64:
				ints = false
			default:
				ints, nums = false, false
			}
		}
		switch {
		case ints:
			out[j] = "INTEGER"
		case nums:
			out[j] = "REAL"
			for _, r := range rows {
				if i, ok := r[j].(int64); ok {
					r[j] = float64(i)
				}
			}
		default:
			out[j] = "TEXT"
			for _, r := range rows {
				if r[j] != nil {
					if _, ok := r[j].(string); !ok {
						r[j] = fmt.Sprint(r[j])
					}
				}
			}
		}
	}
	return out, rows
}

// sniffCSV reads a CSV file's header and types its columns from their first
// non-empty values, reading on (to the end, at worst) until every column
// has one. The engines that parse the file themselves check the rest.
func sniffCSV(file string, sep byte) ([]csvColumn, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := newCSVReaderSep(bufio.NewReaderSize(f, 1<<16), sep)
	cols, err := readHeader(file, r)
	if err != nil {
		return nil, err
	}
	untyped := len(cols)
	for k := 0; untyped > 0; k++ {
		if k == typingRows {
			return inspectCSV(file, sep)
		}
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(file, err)
		}
		line, _ := r.FieldPos(0)
		for i := range cols {
			if i < len(rec) && rec[i] != "" && cols[i].firstLine == 0 {
				cols[i].firstLine, cols[i].first = line, rec[i]
				_, err := parseNumber(rec[i])
				cols[i].numeric = err == nil
				untyped--
			}
		}
	}
	return cols, nil
}
