package query

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// OpenEngine opens the engine a --db argument (or .open's) names:
//
//	""  or  :memory:            SQLite in memory (the default)
//	FILE  or  sqlite:FILE       SQLite in FILE, created if missing
//	duckdb:                     DuckDB in memory (a build with -tags duckdb)
//	duckdb:FILE                 DuckDB in FILE, created if missing
//	postgres://…, postgresql://… a PostgreSQL server (any libpq URL)
//
// SQLite and DuckDB have the measures at once; a PostgreSQL database has them
// once `divergo sql install URL` (InstallPostgres) has put them in a schema,
// and an engine that lacks them says how in its Notice.
func OpenEngine(ctx context.Context, spec string) (Engine, error) {
	switch {
	case strings.HasPrefix(spec, "duckdb:"):
		return openDuckDB(ctx, strings.TrimPrefix(spec, "duckdb:"))
	case IsPostgresURL(spec):
		return OpenPostgres(ctx, spec)
	case strings.HasPrefix(spec, "sqlite:"):
		return Open(strings.TrimPrefix(spec, "sqlite:"))
	}
	return Open(spec)
}

// InMemory reports whether a --db argument names a database that lives in
// the process's memory (SQLite's or DuckDB's), which a restarted process
// does not have.
func InMemory(spec string) bool {
	switch spec {
	case "", ":memory:", "sqlite:", "sqlite::memory:", "duckdb:", "duckdb::memory:":
		return true
	}
	return false
}

// IsPostgresURL reports whether a --db argument names a PostgreSQL server.
func IsPostgresURL(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// openDuckDB opens DuckDB; duckdb.go (built with -tags duckdb) replaces it.
var openDuckDB = func(ctx context.Context, file string) (Engine, error) {
	return nil, errors.New("this divergo was built without DuckDB; build it with\n" +
		"    CGO_ENABLED=1 go build -tags duckdb .\n" +
		"(DuckDB needs cgo and a C compiler; its library comes with the Go module)")
}

// DuckDBBuilt reports whether this build has DuckDB (-tags duckdb).
var DuckDBBuilt = false

// A Noticer has something to tell when it opens, such as a PostgreSQL
// database without the measures installed.
type Noticer interface {
	Notice() string
}

// Describe says which engine a session runs on and where, for .engine: the
// engine's name and its database, with any password in a URL hidden.
func Describe(e Engine) string {
	where := strings.TrimPrefix(e.Path(), "duckdb:")
	switch {
	case where == "":
		where = "in memory"
	case IsPostgresURL(where):
		where = RedactURL(where)
	}
	return e.Name() + " " + where
}

// RedactURL hides the password of a URL.
func RedactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	return u.Redacted()
}

// engineError is an error of an engine's own making, with the engine named.
func engineError(engine string, err error) error {
	return fmt.Errorf("%s: %w", engine, err)
}
