package session

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/divergo/divergo/display"
)

func newSession(t testing.TB) *Session {
	t.Helper()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func eval(t testing.TB, s *Session, cell string) string {
	t.Helper()
	var r recorder
	res, err := s.Eval(context.Background(), cell, &r)
	if err != nil {
		t.Fatalf("%s: %v", cell, err)
	}
	if res != nil {
		r.b.WriteString(res.Data[display.MIMETypeText].(string))
	}
	return r.b.String()
}

// Cancelling the context stops a running cell; earlier variables survive.
// The bound is generous (10 s); the test logs the measured delay.
func TestInterrupt(t *testing.T) {
	s := newSession(t)
	eval(t, s, "kept := 42")
	for _, cell := range []string{
		"for {}",
		"n := 0\nfor { n++ }",
		"func spin() { for { } }\nspin()",
		"x := 0\nfor i := range 1000000000000 { x += i }",
		"ch := make(chan int)\n<-ch",
		"time.Sleep(time.Hour)",
	} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		var r recorder
		go func() {
			_, err := s.Eval(ctx, cell, &r)
			done <- err
		}()
		time.Sleep(100 * time.Millisecond)
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
		if got := eval(t, s, "kept"); got != "42" {
			t.Errorf("after interrupting %q: kept = %q", cell, got)
		}
	}
}

func TestComplete(t *testing.T) {
	cases := []struct {
		cell string
		want Completeness
	}{
		{"", Complete},
		{"\n\n", Complete},
		{"1 + 2", Complete},
		{"x := 3", Complete},
		{"func f() {", Incomplete},
		{"func f() {\n", Incomplete},
		{"func f() {\n\n", Incomplete}, // blank lines belong to the cell
		{"func f() {\n\n\treturn\n\n}", Complete},
		{"fmt.Println(1,", Incomplete},
		{"x := 3 +", Incomplete},
		{"x := `raw", Incomplete},
		{"/* comment", Incomplete},
		{"if x {\n} else", Incomplete},
		{"for i := 0; i < 3; i++ {", Incomplete},
		{"for i := 0; i < 3; i++ {\n}", Complete},
		{"for a := [2]int{}; a[0] < 3; a[0]++ {\n}", Complete}, // the literal's brace is not the block's
		{"if f := func() bool { return true }; f() {\n}", Complete},
		{"for a := [2]int{}; a[0] < 3; a[0]++ {", Incomplete},
		{"outer:", Incomplete}, // a label waits for its statement
		{"outer:\nfor {\n\tbreak outer\n}", Complete},
		{"m := map[string]int{\n\"a\": 1,", Incomplete},
		{"type T struct {", Incomplete},
		{"x := )", Invalid},
		{")", Invalid},
		{"1 +* 2", Complete}, // 1 + *2 parses
		{"x := 1 +/ 2", Invalid},
		{"var m = map[string]int{}\nm[\"a\"] = 3\nm[\"a\"]*2", Complete},
		{"func (p P) M() int {", Incomplete},
		{"\"unterminated", Invalid},
		{"x := 'a", Invalid},
		{"\x00\x01", Invalid},
		{"func f() {\n}\n}", Invalid},
		{"SELECT * FROM t", Incomplete}, // SQL: complete at its ;
		{"SELECT * FROM t;", Complete},
		{"select", Incomplete}, // Go: a select statement, so far
	}
	for _, c := range cases {
		if got := IsComplete(c.cell); got != c.want {
			t.Errorf("IsComplete(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
}

// Eval never writes to the process's standard output: everything goes to out.
func TestStreaming(t *testing.T) {
	s := newSession(t)
	var r recorder
	res, err := s.Eval(context.Background(), `fmt.Println("a"); fmt.Fprintln(os.Stderr, "b"); fmt.Print("c")`, &r)
	if err != nil || res != nil {
		t.Fatalf("res %v err %v", res, err)
	}
	if got := r.b.String(); got != "a\nstderr: b\nc" {
		t.Errorf("output %q", got)
	}
}

// The output of a running cell arrives while it runs.
func TestStreamingWhileRunning(t *testing.T) {
	s := newSession(t)
	seen := make(chan string, 10)
	done := make(chan struct{})
	go func() {
		s.Eval(context.Background(), "fmt.Println(\"first\")\ntime.Sleep(300 * time.Millisecond)\nfmt.Println(\"second\")", &chanOut{seen})
		close(done)
	}()
	select {
	case got := <-seen:
		if got != "first\n" {
			t.Errorf("first output %q", got)
		}
	case <-done:
		t.Fatal("no output before the cell finished")
	}
	<-done
}

type chanOut struct{ c chan string }

func (o *chanOut) Stdout(text string)               { o.c <- text }
func (o *chanOut) Stderr(text string)               { o.c <- text }
func (o *chanOut) Display(display.Data)             {}
func (o *chanOut) Update(id string, d display.Data) {}
func (o *chanOut) Clear(bool)                       {}

func TestNames(t *testing.T) {
	s := newSession(t)
	eval(t, s, "x := 1\nfunc f() {}\ntype T struct{}\nconst c = 2\nvar v, w = 1, 2\nimport m2 \"math\"")
	got := s.Names()
	for name, kind := range map[string]string{"x": "var", "f": "func", "T": "type", "c": "const", "v": "var", "w": "var", "m2": "package", "fmt": "package"} {
		if got[name] != kind {
			t.Errorf("Names()[%q] = %q, want %q", name, got[name], kind)
		}
	}
	// Generic functions do not break name tracking (yaegi's Symbols would panic).
	eval(t, s, "func Map[T any](xs []T, f func(T) T) []T { return xs }")
	if s.Names()["Map"] != "func" {
		t.Errorf("generic func not tracked")
	}
	if names := s.SortedNames(); names[0] != "Map" || !sort.StringsAreSorted(names) {
		t.Errorf("SortedNames = %v", s.SortedNames())
	}
	if _, ok := got["__divergoOrdered"]; ok {
		t.Errorf("prelude names leak: %v", got)
	}
}

func TestDigits(t *testing.T) {
	s := newSession(t)
	s.SetDigits(3)
	if got := eval(t, s, "1.0 / 3"); got != "0.333" {
		t.Errorf("digits 3: %q", got)
	}
	if got := eval(t, s, "KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})"); got != "0.0305 nats" {
		t.Errorf("digits 3: %q", got)
	}
}

// A function of the session alone as a cell's value shows as a variable
// holding it does, as fmt shows a function (an address), not the
// interpreter's node field by field (check.FuncValues).
func TestFuncValue(t *testing.T) {
	s := newSession(t)
	eval(t, s, "func f(x int) int { return x }")
	eval(t, s, "g := f")
	got, want := eval(t, s, "f"), eval(t, s, "g")
	if !regexp.MustCompile(`^0x[0-9a-f]+$`).MatchString(got) || got != want {
		t.Errorf("f shows %q, g %q; want an address, the same", got, want)
	}
}

// Display outside a cell is an error, not a crash.
func TestDisplayOutsideCell(t *testing.T) {
	s := newSession(t)
	if err := s.display(display.Text("x")); err == nil {
		t.Error("Display outside a cell succeeded")
	}
}

// Error positions and messages for a 1 MB line, garbage and invalid UTF-8:
// a message, never a crash.
func TestBadInput(t *testing.T) {
	s := newSession(t)
	for _, cell := range []string{
		strings.Repeat("x", 1<<20),
		"\x00\xff\xfe garbage ((((",
		"\xff",
		strings.Repeat("(", 10000),
		strings.Repeat("{", 10000) + strings.Repeat("}", 10000),
		"}}}}",
	} {
		var r recorder
		_, err := s.Eval(context.Background(), cell, &r)
		if err == nil && cell != strings.Repeat("{", 10000)+strings.Repeat("}", 10000) {
			t.Errorf("%.20q: no error", cell)
		}
	}
	if got := eval(t, s, "1 + 1"); got != "2" {
		t.Errorf("after bad input: %q", got)
	}
}

// After an interrupt the interpreted loop has really stopped, not merely
// been abandoned: its counter no longer moves.
func TestInterruptStopsLoop(t *testing.T) {
	s := newSession(t)
	eval(t, s, "counter := 0")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.Eval(ctx, "for { counter++ }", &recorder{})
		done <- err
	}()
	time.Sleep(200 * time.Millisecond)
	cancel()
	<-done
	time.Sleep(50 * time.Millisecond)
	a := eval(t, s, "counter")
	time.Sleep(200 * time.Millisecond)
	b := eval(t, s, "counter")
	if a != b || a == "0" {
		t.Errorf("counter after interrupt: %s then %s", a, b)
	}
}

// A goroutine that panics after its cell has finished is reported on the
// next cell's standard error; that cell still runs and shows its result.
func TestLateGoroutinePanic(t *testing.T) {
	s := newSession(t)
	eval(t, s, `go func() { time.Sleep(20 * time.Millisecond); panic("late") }()`)
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.goMu.Lock()
		n := len(s.goPanics)
		s.goMu.Unlock()
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the goroutine's panic was not recorded")
		}
		time.Sleep(time.Millisecond)
	}
	got := eval(t, s, "1 + 1")
	want := "stderr: panic: late (in a goroutine started by cell 1)\n2"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
