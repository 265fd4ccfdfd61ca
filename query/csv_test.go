package query

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportCSV(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	dir := t.TempDir()
	good := writeFile(t, dir, "drift.csv", "feature,bin,p,q\nage,0,0.2,0.3\nage,1,0.5,0.4\nage,2,0.3,0.3\nincome,0,0.5,0.25\nincome,1,0.5,0.75\n")
	n, err := db.ImportCSV(ctx, good, "t")
	if err != nil || n != 5 {
		t.Fatalf("import: %d rows, %v", n, err)
	}
	schema, _ := db.Schema(ctx, "t")
	if want := `CREATE TABLE "t" ("feature" TEXT, "bin" REAL, "p" REAL, "q" REAL);`; strings.TrimSpace(schema) != want {
		t.Errorf("schema %q, want %q", schema, want)
	}
	tab, err := db.Query(ctx, "SELECT feature, kl(p, q) FROM t GROUP BY feature ORDER BY feature")
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 2 || tab.Rows[0][1].(float64) != 0.03047875403547201 && !near(tab.Rows[0][1].(float64), 0.030478754035472) {
		t.Errorf("kl by feature: %v", tab.Rows)
	}
	// Appending to the same table.
	if n, err := db.ImportCSV(ctx, good, "t"); err != nil || n != 5 {
		t.Fatalf("append: %d, %v", n, err)
	}
	if got := one(t, db, "SELECT count(*) FROM t"); got != int64(10) {
		t.Errorf("%v rows after appending", got)
	}
}

func TestImportCSVRejectsBadFilesWhole(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	dir := t.TempDir()
	for name, c := range map[string]struct{ content, table, want string }{
		"fields.csv":   {"a,b\n1,2\n3\n", "t1", "fields.csv:3: 1 fields, but the header has 2"},
		"number.csv":   {"a,b\nx,2\ny,oops\n", "t2", `number.csv:3: column b: "oops" is not a number (the column is numeric: its first value, line 2, is 2)`},
		"empty.csv":    {"", "t3", "empty.csv is empty: it needs a header row"},
		"quote.csv":    {"a,b\n\"1,2\n", "t4", "quote.csv:2: extraneous or missing \" in quoted-field"},
		"dup.csv":      {"a,A\n1,2\n", "t5", `dup.csv:1: the header names column "A" twice`},
		"mismatch.csv": {"x,y,z\n1,2,3\n", "t", "the header (x, y, z) does not match the columns of table t (a, b)"},
	} {
		if name == "mismatch.csv" {
			mustExec(t, db, "CREATE TABLE IF NOT EXISTS t (a, b)")
		}
		file := writeFile(t, dir, name, c.content)
		_, err := db.ImportCSV(ctx, file, c.table)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want …%s", name, err, c.want)
		}
		if c.table != "t" {
			if cols, _ := db.tableColumns(ctx, c.table); cols != nil {
				t.Errorf("%s: table %s was created", name, c.table)
			}
		}
	}
	if got := one(t, db, "SELECT count(*) FROM t"); got != int64(0) {
		t.Errorf("rows were half-imported: %v", got)
	}
}

// FuzzImportCSV: any file is imported whole or rejected whole, with no panic.
func FuzzImportCSV(f *testing.F) {
	f.Add("feature,bin,p,q\nage,0,0.2,0.3\nage,1,0.8,0.7\n")
	f.Add("a,b\n1,2\n3\n")
	f.Add("a\n\"x\"\"y\"\n\n")
	f.Add("\ufeffa;b\n1;2\n")
	f.Add("a,b\n1e400,NaN\n-0,inf\n")
	f.Add(",,\n,,\n")
	db := openTest(f)
	ctx := context.Background()
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content string) {
		file := writeFile(t, dir, "f.csv", content)
		mustExec(t, db, "DROP TABLE IF EXISTS f")
		n, err := db.ImportCSV(ctx, file, "f")
		cols, _ := db.tableColumns(ctx, "f")
		if err != nil {
			if cols != nil {
				t.Fatalf("rejected (%v) but the table exists", err)
			}
			return
		}
		if got := one(t, db, "SELECT count(*) FROM f"); got != int64(n) {
			t.Fatalf("imported %d rows, table has %v", n, got)
		}
	})
}

// A column empty in the first typingRows records is typed by its first
// value further on, and checked like any other.
func TestImportCSVLateType(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("a,b\n")
	for i := range typingRows + 10 {
		fmt.Fprintf(&b, "%d,\n", i)
	}
	b.WriteString("1,2.5\n")
	n, err := db.ImportCSV(ctx, writeFile(t, dir, "late.csv", b.String()), "late")
	if err != nil || n != typingRows+11 {
		t.Fatalf("%d rows, %v", n, err)
	}
	if got := one(t, db, "SELECT typeof(b) || sum(b) FROM late WHERE b IS NOT NULL"); got != "real2.5" {
		t.Errorf("late column: %v", got)
	}
	b.WriteString("2,x\n")
	_, err = db.ImportCSV(ctx, writeFile(t, dir, "late2.csv", b.String()), "late2")
	if want := fmt.Sprintf(`late2.csv:%d: column b: "x" is not a number (the column is numeric: its first value, line %d, is 2.5)`, typingRows+13, typingRows+12); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want …%s", err, want)
	}
	if cols, _ := db.tableColumns(ctx, "late2"); cols != nil {
		t.Errorf("late2 was created")
	}
}
