package session

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session/render"
)

// Showing a large value or result costs what is shown: each of these cells
// finishes within a generous 10 s (it took minutes when a table of every
// row was built first); the test logs the measured time, and
// BenchmarkShow* records it.
func TestShowLarge(t *testing.T) {
	s := newSession(t)
	eval(t, s, "big := make([]float64, 1000000)")
	eval(t, s, "m := map[int]float64{}\nfor i := 0; i < 1000000; i++ { m[i] = float64(i) }")
	eval(t, s, "type pt struct{ X, Y float64 }\npts := make([]pt, 1000000)")
	eval(t, s, "grid := make([][]float64, 1000000)\nfor i := range grid { grid[i] = []float64{1, 2} }")
	eval(t, s, "dense := mat.NewDense(1000000, 2, nil)")
	eval(t, s, "wide := [][]float64{big}")
	eval(t, s, "type bag struct{ Xs []float64 }\nanys := make([]any, 1000000)")
	eval(t, s, "CREATE TABLE t(a, b);\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) INSERT INTO t SELECT x, x * 0.5 FROM c;")
	for _, c := range []struct{ cell, omitted string }{
		{"big", "… 999980 rows omitted …"},
		{"m", "… 999980 rows omitted …"},
		{"pts", "… 999980 rows omitted …"},
		{"grid", "… 999980 rows omitted …"},
		{"dense", "… 999980 rows omitted …"},
		{"wide", "999999"},
		{"bag{big}", "… 999980 more …"},
		{"anys", "… 999980 more …"},
		{"SELECT * FROM t;", "… 999980 rows omitted …"},
		{"Query(\"SELECT * FROM t\")", "… 999980 rows omitted …"},
	} {
		start := time.Now()
		var r recorder
		res, err := s.Eval(context.Background(), c.cell, &r)
		d := time.Since(start)
		t.Logf("%s: %v", c.cell, d)
		if err != nil || res == nil {
			t.Errorf("%s: %v, %v", c.cell, res, err)
			continue
		}
		text := res.Data[display.MIMETypeText].(string)
		if !strings.Contains(text, c.omitted) || len(text) > 10000 {
			t.Errorf("%s: %d bytes of text, want %q in:\n%.2000s", c.cell, len(text), c.omitted, text)
		}
		if d > 10*time.Second {
			t.Errorf("%s took %v", c.cell, d)
		}
	}
}

// A long string shows its first and last bytes; a value with a String
// method still shows as that method says.
func TestShowLongText(t *testing.T) {
	s := newSession(t)
	got := eval(t, s, `strings.Repeat("é", 1000000)`)
	if len(got) > 3*render.LongString || !strings.Contains(got, " … 1996000 bytes more … ") || !strings.HasPrefix(got, "éé") || !strings.HasSuffix(got, "éé") {
		t.Errorf("long string shows as %d bytes: %.100q", len(got), got)
	}
	if got := eval(t, s, "time.Duration(90) * time.Second"); got != "1m30s" {
		t.Errorf("Duration shows as %q", got)
	}
	if got := eval(t, s, `struct{ A []int; B string }{[]int{1, 2}, "x"}`); got != "{[1 2] x}" {
		t.Errorf("small struct shows as %q", got)
	}
}

// The rendering loops give up when the cell is interrupted.
func TestRenderStops(t *testing.T) {
	stopped := func() bool { return true }
	m := map[int]int{}
	for i := range 200000 {
		m[i] = i
	}
	grid := make([][]float64, 100000)
	for _, v := range []any{m, grid, struct{ M map[int]int }{m}} {
		_, err := render.TableOf(stopped, v)
		if err == nil {
			_, _, err = render.LongValueText(stopped, v)
		}
		if !errors.Is(err, render.ErrStopped) {
			t.Errorf("%T: err = %v, want errStopped", v, err)
		}
	}
	// In a session, the cell then fails as interrupted.
	s := newSession(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s.cellCtx = ctx
	if _, ok := s.tableBundle(m); !ok || !s.renderStopped {
		t.Errorf("tableBundle of a map in an interrupted cell: renderStopped = %v", s.renderStopped)
	}
}

// syncOutput is an Output that is safe to read while the cell runs.
type syncOutput struct {
	mu   sync.Mutex
	r    recorder
	note chan struct{}
}

func (o *syncOutput) Stdout(text string) { o.mu.Lock(); o.r.Stdout(text); o.mu.Unlock() }
func (o *syncOutput) Stderr(text string) {
	o.mu.Lock()
	o.r.Stderr(text)
	o.mu.Unlock()
	if strings.Contains(text, "output truncated") && o.note != nil {
		close(o.note)
		o.note = nil
	}
}
func (o *syncOutput) Display(d display.Data)           { o.mu.Lock(); o.r.Display(d); o.mu.Unlock() }
func (o *syncOutput) Update(id string, d display.Data) { o.mu.Lock(); o.r.Update(id, d); o.mu.Unlock() }
func (o *syncOutput) Clear(wait bool)                  { o.mu.Lock(); o.r.Clear(wait); o.mu.Unlock() }
func (o *syncOutput) text() string                     { o.mu.Lock(); defer o.mu.Unlock(); return o.r.b.String() }

// A cell's output stops at its allowance with one note; the next cell has
// its own.
func TestOutputCap(t *testing.T) {
	s, err := New(Options{MaxOutput: 40})
	if err != nil {
		t.Fatal(err)
	}
	want := "line 0\nstderr: e0\nline 1\nstderr: e1\nline 2\nstderr: e2\nline 3\nstderr: e3\nline 4\nstderr: e4\nline \n" +
		"stderr: output truncated after 40 bytes; the cell keeps running (interrupt it to stop it)\n" +
		"stderr: e5\nstderr: e6\nstderr: e7\nstderr: e8\nstderr: e9\nstderr: e10\nstderr: e11\nstderr: e1\n" +
		"stderr: output truncated after 40 bytes; the cell keeps running (interrupt it to stop it)\n" +
		"done"
	cell := `for i := 0; i < 100; i++ { fmt.Println("line", i); fmt.Fprintf(os.Stderr, "e%d\n", i) }
"done"`
	if got := eval(t, s, cell); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := eval(t, s, `fmt.Println("again")`); got != "again\n" {
		t.Errorf("next cell: %q", got)
	}
}

// A cell that prints without end is cut at DefaultMaxOutput and keeps
// running until interrupted; the session stays usable.
func TestOutputEndless(t *testing.T) {
	s := newSession(t)
	eval(t, s, "kept := 42")
	o := &syncOutput{note: make(chan struct{})}
	note := o.note
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.Eval(ctx, `for { fmt.Println("x") }`, o)
		done <- err
	}()
	select {
	case <-note:
	case err := <-done:
		t.Fatalf("the cell ended: %v", err)
	case <-time.After(2 * time.Minute):
		t.Fatal("no note after 2 minutes")
	}
	time.Sleep(100 * time.Millisecond) // more printing, all dropped
	cancel()
	select {
	case err := <-done:
		if err == nil || err.Error() != "interrupted" {
			t.Errorf("err = %v, want interrupted", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("not interrupted within 10 s")
	}
	out := o.text()
	if n := strings.Count(out, "output truncated after 1 MiB"); n != 1 {
		t.Errorf("%d notes", n)
	}
	if len(out) > DefaultMaxOutput+200 {
		t.Errorf("%d bytes of output", len(out))
	}
	if got := eval(t, s, "kept"); got != "42" {
		t.Errorf("kept = %q", got)
	}
}

// Interrupting a SQL cell, or a cell running Query, stops the query
// within a generous 10 s; the database is free for the next cell.
func TestInterruptSQL(t *testing.T) {
	s := newSession(t)
	eval(t, s, "kept := 42")
	endless := "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
	for _, cell := range []string{
		endless + "SELECT x FROM c;",
		endless + "SELECT count(*) FROM c;",
		"n := Query(`" + endless + "SELECT count(*) FROM c`)",
	} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			var r recorder
			_, err := s.Eval(ctx, cell, &r)
			done <- err
		}()
		time.Sleep(300 * time.Millisecond)
		start := time.Now()
		cancel()
		select {
		case err := <-done:
			t.Logf("%q interrupted after %v", cell, time.Since(start))
			if err == nil || err.Error() != "interrupted" {
				t.Errorf("%q: err = %v, want interrupted", cell, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%q: not interrupted within 10 s", cell)
		}
		ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Second)
		var r recorder
		res, err := s.Eval(ctx2, "SELECT 1 AS one;", &r)
		cancel2()
		if err != nil || res == nil {
			t.Errorf("after %q: SELECT 1: %v", cell, err)
		}
		if got := eval(t, s, "kept"); got != "42" {
			t.Errorf("after %q: kept = %q", cell, got)
		}
	}
}
