package query

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"modernc.org/sqlite/vtab"
)

// The benchmarks of issue 4's "Speed" section; bench/sql.py runs them and
// prints rows/s and ratios. Each reports rows/s as a custom metric.

const benchRows = 1_000_000

// benchDB is a database with table t(g INTEGER, p REAL, q REAL) of n rows:
// p and q are probabilities without zeros, summing to 1 over the table and
// over each of the groups g (groups of n/groups consecutive rows).
func benchDB(b *testing.B, n, groups int) *DB {
	b.Helper()
	db := openTest(b)
	r := rand.New(rand.NewPCG(1, 2))
	size := n / groups
	g := make([]int64, n)
	p, q := make([]float64, n), make([]float64, n)
	for k := range groups {
		var sp, sq float64
		for i := k * size; i < (k+1)*size; i++ {
			g[i] = int64(k)
			p[i], q[i] = 0.01+r.Float64(), 0.01+r.Float64()
			sp += p[i]
			sq += q[i]
		}
		for i := k * size; i < (k+1)*size; i++ {
			p[i] /= sp * float64(groups)
			q[i] /= sq * float64(groups)
		}
	}
	if _, err := db.FromGo(context.Background(), "t", map[string]any{"g": g, "p": p, "q": q}); err != nil {
		b.Fatal(err)
	}
	return db
}

func benchQuery(b *testing.B, db *DB, q string, rows int) {
	b.Helper()
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		if _, err := db.Query(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkKL: the kl aggregate over one group of a million rows, beside
// the plain SQL sum it should keep up with.
func BenchmarkKL(b *testing.B) {
	db := benchDB(b, benchRows, 1)
	b.Run("kl", func(b *testing.B) { benchQuery(b, db, "SELECT kl(p, q) FROM t", benchRows) })
	b.Run("plainSQL", func(b *testing.B) { benchQuery(b, db, "SELECT sum(p*ln(p/q)) FROM t", benchRows) })
	b.Run("portableSQL", func(b *testing.B) {
		expr, err := PortableSQL("kl", "p", "q", 0)
		if err != nil {
			b.Fatal(err)
		}
		benchQuery(b, db, "SELECT "+expr+" FROM t", benchRows)
	})
	b.Run("count", func(b *testing.B) { benchQuery(b, db, "SELECT count(p) FROM t", benchRows) })
}

// BenchmarkGroupBy: kl by group over 1,000 groups of 1,000 rows.
func BenchmarkGroupBy(b *testing.B) {
	db := benchDB(b, benchRows, 1000)
	b.Run("kl", func(b *testing.B) {
		benchQuery(b, db, "SELECT g, kl_counts(p, q) FROM t GROUP BY g", benchRows)
	})
	b.Run("plainSQL", func(b *testing.B) {
		benchQuery(b, db, "SELECT g, sum(p*ln(p/q)) FROM t GROUP BY g", benchRows)
	})
}

// BenchmarkImportCSV: a drift CSV (feature,bin,p,q) of a million rows.
func BenchmarkImportCSV(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "drift.csv")
	writeDriftCSV(b, file, benchRows/1000, 1000, rand.New(rand.NewPCG(3, 4)))
	db := openTest(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		if _, err := db.SQL().Exec("DROP TABLE IF EXISTS t"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		n, err := db.ImportCSV(ctx, file, "t")
		if err != nil || n != benchRows {
			b.Fatalf("%d rows, %v", n, err)
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// writeDriftCSV writes features × bins rows of feature,bin,p,q: random
// distributions per feature, with about one bin in twenty empty in p, and
// as many empty in q in every fourth feature.
func writeDriftCSV(tb testing.TB, file string, features, bins int, r *rand.Rand) {
	tb.Helper()
	f, err := os.Create(file)
	if err != nil {
		tb.Fatal(err)
	}
	buf := []byte("feature,bin,p,q\n")
	p, q := make([]float64, bins), make([]float64, bins)
	for k := range features {
		var sp, sq float64
		for i := range bins {
			p[i], q[i] = r.Float64(), r.Float64()
			switch r.IntN(20) {
			case 0:
				p[i] = 0
			case 1:
				if k%4 == 3 { // KL(P‖Q) = +Inf for one feature in four
					q[i] = 0
				}
			}
			sp += p[i]
			sq += q[i]
		}
		// Keep both sides non-empty.
		if sp == 0 {
			p[0], sp = 1, 1
		}
		if sq == 0 {
			q[0], sq = 1, 1
		}
		for i := range bins {
			buf = fmt.Appendf(buf, "f%03d,%d,", k, i)
			buf = strconv.AppendFloat(buf, p[i]/sp, 'g', -1, 64)
			buf = append(buf, ',')
			buf = strconv.AppendFloat(buf, q[i]/sq, 'g', -1, 64)
			buf = append(buf, '\n')
		}
		if len(buf) > 1<<20 {
			if _, err := f.Write(buf); err != nil {
				tb.Fatal(err)
			}
			buf = buf[:0]
		}
	}
	if _, err := f.Write(buf); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

type benchRow struct {
	G    int
	P, Q float64
}

// BenchmarkGoSlice: a Go slice of a million structs made a table and
// queried (kl over it), materialised by FromGo.
func BenchmarkGoSlice(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	rows := make([]benchRow, benchRows)
	for i := range rows {
		rows[i] = benchRow{G: i % 1000, P: 1.0 / benchRows, Q: (0.5 + r.Float64()) / benchRows}
	}
	if err := registerSlice(); err != nil {
		b.Fatal(err)
	}
	sliceTables["rows"] = rows
	db := openTest(b)
	ctx := context.Background()
	b.Run("FromGo", func(b *testing.B) {
		for range b.N {
			if _, err := db.FromGo(ctx, "s", rows); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	b.Run("FromGo+query", func(b *testing.B) {
		for range b.N {
			if _, err := db.FromGo(ctx, "s", rows); err != nil {
				b.Fatal(err)
			}
			if _, err := db.Query(ctx, "SELECT sum(p) FROM s"); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	// The same query on a virtual table over the slice, created anew each
	// time (which reads no row: the query does).
	b.Run("vtab+query", func(b *testing.B) {
		for range b.N {
			mustExec(b, db, "DROP TABLE IF EXISTS v")
			mustExec(b, db, "CREATE VIRTUAL TABLE v USING goslice(rows)")
			if _, err := db.Query(ctx, "SELECT sum(p) FROM v"); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	// Materialising through the virtual table: INSERT … SELECT.
	b.Run("vtab→table", func(b *testing.B) {
		for range b.N {
			mustExec(b, db, "DROP TABLE IF EXISTS m")
			mustExec(b, db, "CREATE TABLE m (g INTEGER, p REAL, q REAL)")
			mustExec(b, db, "INSERT INTO m SELECT g, p, q FROM v")
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	// Querying the table again: materialised, and through vtab.
	b.Run("query/materialised", func(b *testing.B) {
		benchQuery(b, db, "SELECT sum(p) FROM s", benchRows)
	})
	b.Run("query/vtab", func(b *testing.B) {
		benchQuery(b, db, "SELECT sum(p) FROM v", benchRows)
	})
}

// BenchmarkInsert: the references for ImportCSV, on the same rows already
// in memory (no CSV reading or parsing): a prepared one-row INSERT in a
// loop, and multi-row INSERTs (250 rows; ImportCSV sends 256), which is
// as fast as ImportCSV can be through bound parameters.
func BenchmarkInsert(b *testing.B) {
	type row struct {
		feature string
		bin     float64
		p, q    float64
	}
	r := rand.New(rand.NewPCG(3, 4))
	rows := make([]row, benchRows)
	for i := range rows {
		rows[i] = row{fmt.Sprintf("f%03d", i/1000), float64(i % 1000), r.Float64() / 1000, r.Float64() / 1000}
	}
	db := openTest(b)
	run := func(b *testing.B, batch int) {
		one := "(?,?,?,?)"
		stmt := "INSERT INTO t VALUES " + one
		for range batch - 1 {
			stmt += "," + one
		}
		for range b.N {
			b.StopTimer()
			mustExec(b, db, "DROP TABLE IF EXISTS t")
			mustExec(b, db, `CREATE TABLE t ("feature" TEXT, "bin" REAL, "p" REAL, "q" REAL)`)
			b.StartTimer()
			tx, err := db.SQL().Begin()
			if err != nil {
				b.Fatal(err)
			}
			st, err := tx.Prepare(stmt)
			if err != nil {
				b.Fatal(err)
			}
			args := make([]any, 0, 4*batch)
			for i, x := range rows {
				args = append(args, x.feature, x.bin, x.p, x.q)
				if (i+1)%batch == 0 {
					if _, err := st.Exec(args...); err != nil {
						b.Fatal(err)
					}
					args = args[:0]
				}
			}
			st.Close()
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	}
	b.Run("loop", func(b *testing.B) { run(b, 1) })
	b.Run("multirow", func(b *testing.B) { run(b, 250) }) // 250 divides benchRows
}

// A virtual table over a Go slice (modernc.org/sqlite/vtab), only for
// BenchmarkGoSlice/vtab: the slice is read in place, a value at a time, at
// each query, instead of being copied into SQLite once.
var (
	sliceTables   = map[string][]benchRow{}
	registerSlice = sync.OnceValue(func() error { return vtab.RegisterModule(nil, "goslice", sliceModule{}) })
)

type sliceModule struct{}

func (sliceModule) Create(ctx vtab.Context, args []string) (vtab.Table, error) {
	return sliceModule{}.Connect(ctx, args)
}

func (sliceModule) Connect(ctx vtab.Context, args []string) (vtab.Table, error) {
	if len(args) < 4 {
		return nil, fmt.Errorf("goslice(name) needs the slice's name")
	}
	rows, ok := sliceTables[args[3]]
	if !ok {
		return nil, fmt.Errorf("no slice %q", args[3])
	}
	if err := ctx.Declare("CREATE TABLE x(g INTEGER, p REAL, q REAL)"); err != nil {
		return nil, err
	}
	return &sliceTable{rows}, nil
}

type sliceTable struct{ rows []benchRow }

func (t *sliceTable) BestIndex(*vtab.IndexInfo) error { return nil }
func (t *sliceTable) Open() (vtab.Cursor, error)      { return &sliceCursor{rows: t.rows}, nil }
func (t *sliceTable) Disconnect() error               { return nil }
func (t *sliceTable) Destroy() error                  { return nil }

type sliceCursor struct {
	rows []benchRow
	i    int
}

func (c *sliceCursor) Filter(int, string, []vtab.Value) error { c.i = 0; return nil }
func (c *sliceCursor) Next() error                            { c.i++; return nil }
func (c *sliceCursor) Eof() bool                              { return c.i >= len(c.rows) }
func (c *sliceCursor) Rowid() (int64, error)                  { return int64(c.i), nil }
func (c *sliceCursor) Close() error                           { return nil }
func (c *sliceCursor) Column(col int) (vtab.Value, error) {
	r := &c.rows[c.i]
	switch col {
	case 0:
		return int64(r.G), nil
	case 1:
		return r.P, nil
	}
	return r.Q, nil
}
