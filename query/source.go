package query

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"modernc.org/sqlite/vtab"
)

// Bulk loading. ImportCSV and FromGo fill a table with
//
//	INSERT INTO t SELECT * FROM temp.<source>
//
// where the source is a virtual table (modernc.org/sqlite/vtab) that hands
// SQLite values straight from Go, a batch at a time: faster than multi-row
// INSERTs with bound parameters, which pay for database/sql's argument
// conversion and a bind call, under the connection's mutex, per value
// (bench/README.md: about 1.3× for ImportCSV, 2.5× for FromGo). The source is read once and dropped in the same
// transaction; it never shows in .tables.

const sourceModule = "divergo_rows"

// A rowSource gives rows, cols values each, in flat batches from next; a
// batch of length 0 ends them.
type rowSource struct {
	cols int
	next func() []any
}

var sources = struct {
	sync.Mutex
	m  map[string]*rowSource
	id int
}{m: map[string]*rowSource{}}

func registerSource() error { return vtab.RegisterModule(nil, sourceModule, sourceMod{}) }

// bulkLoad inserts the rows of src into table, inside tx.
func bulkLoad(ctx context.Context, tx *sql.Tx, table string, src *rowSource) error {
	if src.cols == 0 {
		return nil
	}
	sources.Lock()
	sources.id++
	name := "divergo_source_" + strconv.Itoa(sources.id)
	sources.m[name] = src
	sources.Unlock()
	defer func() {
		sources.Lock()
		delete(sources.m, name)
		sources.Unlock()
	}()
	if _, err := tx.ExecContext(ctx, "CREATE VIRTUAL TABLE temp."+name+" USING "+sourceModule+"("+name+")"); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO "+quoteIdent(table)+" SELECT * FROM temp."+name)
	if _, err2 := tx.ExecContext(ctx, "DROP TABLE temp."+name); err == nil {
		err = err2
	}
	return err
}

type sourceMod struct{}

func (sourceMod) Create(ctx vtab.Context, args []string) (vtab.Table, error) {
	return sourceMod{}.Connect(ctx, args)
}

func (sourceMod) Connect(ctx vtab.Context, args []string) (vtab.Table, error) {
	// args: module, database, table, then ours: the source's name.
	if len(args) != 4 {
		return nil, errors.New(sourceModule + ": internal to divergo")
	}
	sources.Lock()
	src := sources.m[args[3]]
	sources.Unlock()
	if src == nil {
		return nil, errors.New(sourceModule + ": internal to divergo")
	}
	cols := make([]string, src.cols)
	for i := range cols {
		cols[i] = fmt.Sprintf("c%d", i)
	}
	if err := ctx.Declare("CREATE TABLE x(" + strings.Join(cols, ", ") + ")"); err != nil {
		return nil, err
	}
	return &sourceTable{src: src}, nil
}

type sourceTable struct {
	src  *rowSource
	read bool
}

func (t *sourceTable) BestIndex(*vtab.IndexInfo) error { return nil }
func (t *sourceTable) Disconnect() error               { return nil }
func (t *sourceTable) Destroy() error                  { return nil }

func (t *sourceTable) Open() (vtab.Cursor, error) {
	if t.read {
		return nil, errors.New(sourceModule + ": a source is read once")
	}
	t.read = true
	return &sourceCursor{src: t.src, cols: t.src.cols}, nil
}

type sourceCursor struct {
	src   *rowSource
	cols  int
	batch []any
	i     int // the row's first value in batch
	row   int64
}

func (c *sourceCursor) Filter(int, string, []vtab.Value) error {
	c.batch, c.i = c.src.next(), 0
	return nil
}

func (c *sourceCursor) Next() error {
	c.i += c.cols
	c.row++
	if c.i >= len(c.batch) {
		c.batch, c.i = c.src.next(), 0
	}
	return nil
}

func (c *sourceCursor) Eof() bool                          { return c.i >= len(c.batch) }
func (c *sourceCursor) Column(col int) (vtab.Value, error) { return c.batch[c.i+col], nil }
func (c *sourceCursor) Rowid() (int64, error)              { return c.row, nil }
func (c *sourceCursor) Close() error                       { return nil }
