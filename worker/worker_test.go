package worker

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// The test binary is its own worker: with DIVERGO_WORKER_TEST set it serves
// as `divergo __worker` does.
func TestMain(m *testing.M) {
	if os.Getenv("DIVERGO_WORKER_TEST") == "1" {
		ignoreInterrupts = os.Getenv("DIVERGO_WORKER_TEST_DEAF") == "1"
		os.Exit(Main())
	}
	os.Exit(m.Run())
}

func testCommand() *exec.Cmd {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "DIVERGO_WORKER_TEST=1")
	return cmd
}

// recorder is an Output that keeps what it is given.
type recorder struct {
	mu             sync.Mutex
	stdout, stderr strings.Builder
}

func (r *recorder) Stdout(s string)             { r.mu.Lock(); r.stdout.WriteString(s); r.mu.Unlock() }
func (r *recorder) Stderr(s string)             { r.mu.Lock(); r.stderr.WriteString(s); r.mu.Unlock() }
func (r *recorder) Display(display.Data)        {}
func (r *recorder) Update(string, display.Data) {}
func (r *recorder) Clear(bool)                  {}

func start(t *testing.T, o Options) *Supervisor {
	t.Helper()
	o.Command = testCommand
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// run evaluates a cell and returns its result's text, what it wrote to
// stderr and its error.
func run(t *testing.T, s *Supervisor, cell string) (string, string, error) {
	t.Helper()
	var r recorder
	res, err := s.Eval(context.Background(), cell, &r)
	text := r.stdout.String()
	if res != nil {
		if v, ok := res.Data[display.MIMETypeText].(string); ok {
			text += v
		}
	}
	return text, r.stderr.String(), err
}

// mustRun evaluates a cell that must succeed and returns its shown text.
func mustRun(t *testing.T, s *Supervisor, cell string) string {
	t.Helper()
	text, _, err := run(t, s, cell)
	if err != nil {
		t.Fatalf("%q: %v", cell, err)
	}
	return text
}

func TestEvalCompleteDoc(t *testing.T) {
	s := start(t, Options{})
	if got := mustRun(t, s, `KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})`); got != "0.030478754035472025 nats" {
		t.Errorf("KL = %q", got)
	}
	if got := mustRun(t, s, `fmt.Println("hi")`); got != "hi\n" {
		t.Errorf("Println = %q", got)
	}
	_, _, err := run(t, s, `y := nope`)
	var se *session.Error
	if !errors.As(err, &se) || se.Line != 1 || !strings.Contains(se.Msg, "undefined: nope") {
		t.Errorf("undefined: err = %#v", err)
	}
	if _, c := s.Complete("Entr", 4); len(c) == 0 || !strings.HasPrefix(c[0], "Entropy") {
		t.Errorf("Complete(Entr) = %q", c)
	}
	if doc, err := s.Doc("KL"); err != nil || !strings.Contains(doc, "Kullback") {
		t.Errorf("Doc(KL) = %q, %v", doc, err)
	}
}

// TestFaults: each fault ends in its cell's error, and x := 42, defined
// before, is still 42 after.
func TestFaults(t *testing.T) {
	faults := []struct {
		name, cell, want string
		opts             Options
		restored         bool
	}{
		{name: "recursion", cell: "func f(n int) int { return f(n+1) + 1 }\nf(0)", want: "stack overflow: f nested more than 100000 calls deep"},
		{name: "mutual recursion", cell: "func even(n int) bool { if n == 0 { return true }; return odd(n-1) }\nfunc odd(n int) bool { if n == 0 { return false }; return even(n-1) }\neven(10000001)", want: "stack overflow: "},
		{name: "method recursion", cell: "type T struct{}\nfunc (t T) m(n int) int { return t.m(n+1) + 1 }\nT{}.m(0)", want: "stack overflow: T.m nested"},
		{name: "closure recursion", cell: "var g func(int) int\ng = func(n int) int { return g(n+1) + 1 }\ng(1)", want: "stack overflow: the function literal at line 2"},
		{name: "recursion in a goroutine", cell: "func h(n int) int { return h(n+1) + 1 }\ndone := make(chan bool)\ngo func() { defer close(done); h(0) }()\n<-done", want: "stack overflow: h nested"},
		{name: "recursion past the Go stack", cell: "func f(n int) int { return f(n+1) + 1 }\nf(0)", opts: Options{Session: session.Options{MaxDepth: 1 << 30}},
			want: "the cell overflowed the stack", restored: true},
		{name: "concurrent map writes", cell: "m := map[int]int{}\nfor i := 0; i < 4; i++ { go func() { for j := 0; ; j++ { m[j%100] = j } }() }\ntime.Sleep(5 * time.Second)",
			want: "concurrent map writes: a map used from two goroutines", restored: true},
		{name: "10 GiB under 1 GiB", cell: "b := make([]byte, 10<<30)\nb[len(b)-1] = 1", opts: Options{MemoryLimit: 1 << 30},
			want: "the cell used more than the 1 GiB memory limit", restored: true},
		{name: "touching memory past the limit", cell: "var bs [][]byte\nfor i := 0; i < 40; i++ { b := make([]byte, 64<<20); for j := range b { b[j] = 1 }; bs = append(bs, b) }", opts: Options{MemoryLimit: 512 << 20},
			want: "the cell used more than the 512 MiB memory limit", restored: true},
		{name: "panic in a goroutine", cell: "done := make(chan bool)\ngo func() { defer close(done); var m map[string]int; m[\"a\"] = 1 }()\n<-done\ntime.Sleep(100 * time.Millisecond)", want: "assignment to entry in nil map"},
	}
	for _, f := range faults {
		t.Run(f.name, func(t *testing.T) {
			s := start(t, f.opts)
			mustRun(t, s, "x := 42")
			_, stderr, err := run(t, s, f.cell)
			if err == nil || !strings.Contains(err.Error(), f.want) {
				t.Fatalf("err = %v, want %q (stderr %q)", err, f.want, stderr)
			}
			if f.restored != strings.Contains(err.Error(), "session restored: 1 cell re-run") {
				t.Errorf("restored: stderr = %q", stderr)
			}
			if got := mustRun(t, s, "x"); got != "42" {
				t.Errorf("x = %q after the fault", got)
			}
		})
	}
}

// TestInterruptNative: a cell blocked in a native call is interrupted at
// once (its goroutine lingers in the worker), the session kept.
func TestInterruptNative(t *testing.T) {
	s := start(t, Options{})
	mustRun(t, s, "x := 42")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	var r recorder
	_, err := s.Eval(ctx, "time.Sleep(time.Hour)", &r)
	if err == nil || err.Error() != "interrupted" {
		t.Fatalf("err = %v", err)
	}
	if got := mustRun(t, s, "x"); got != "42" {
		t.Errorf("x = %q", got)
	}
}

// TestInterruptDeaf: a worker that does not stop within Grace of an
// interrupt is ended and the session restored. (The test's worker ignores
// interrupts: a stand-in for a native call that holds the session.)
func TestInterruptDeaf(t *testing.T) {
	s, err := New(Options{Command: func() *exec.Cmd {
		cmd := testCommand()
		cmd.Env = append(cmd.Env, "DIVERGO_WORKER_TEST_DEAF=1")
		return cmd
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustRun(t, s, "x := 42")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	var r recorder
	t0 := time.Now()
	_, err = s.Eval(ctx, "for { x++ }", &r)
	if err == nil || !strings.HasPrefix(err.Error(), "interrupted: the cell did not stop within 1s") {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(t0); d > 10*time.Second {
		t.Errorf("interrupt took %v", d)
	}
	if !strings.Contains(err.Error(), "session restored: 1 cell re-run") {
		t.Errorf("err = %q", err)
	}
	if got := mustRun(t, s, "x"); got != "42" {
		t.Errorf("x = %q", got)
	}
}

// TestInterruptLoop: an interpreted loop stops at the interrupt, with no
// restore needed.
func TestInterruptLoop(t *testing.T) {
	s := start(t, Options{})
	mustRun(t, s, "x := 42")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	var r recorder
	_, err := s.Eval(ctx, "for { x++ }", &r)
	if err == nil || err.Error() != "interrupted" {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(r.stderr.String(), "restored") {
		t.Errorf("restored for an interpreted loop: %q", r.stderr.String())
	}
}

// TestReplayNote: the note names cells with effects outside the session.
func TestReplayNote(t *testing.T) {
	s := start(t, Options{Session: session.Options{MaxDepth: 1 << 30}})
	mustRun(t, s, "x := 42")
	mustRun(t, s, "t0 := time.Now()")
	mustRun(t, s, `fmt.Println("shown once")`)
	_, stderr, err := run(t, s, "func f(n int) int { return f(n+1) + 1 }\nf(0)")
	stderr += err.Error()
	for _, want := range []string{"session restored: 3 cells re-run in ", "re-run cell 2 uses the clock: t0 := time.Now()"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "shown once") {
		t.Errorf("a replayed cell's output showed: %q", stderr)
	}
}

// TestReset: .reset ends the old worker, with its goroutines.
func TestReset(t *testing.T) {
	s := start(t, Options{})
	mustRun(t, s, "n := 0\ngo func() { for { n++ } }()")
	old := s.w
	if got := mustRun(t, s, ".reset"); !strings.Contains(got, "session reset") {
		t.Errorf(".reset shows %q", got)
	}
	select {
	case <-old.dead:
	case <-time.After(5 * time.Second):
		t.Fatal("the old worker still runs after .reset")
	}
	if _, _, err := run(t, s, "n"); err == nil {
		t.Error("n is still defined after .reset")
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"4GiB": 4 << 30, "512m": 512 << 20, "1.5G": 3 << 29, "1073741824": 1 << 30, "2 GB": 2 << 30} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1G", "4XB", "1K", "G", "NaN"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) succeeded", in)
		}
	}
	if got := FormatSize(1536 << 20); got != "1.5 GiB" {
		t.Errorf("FormatSize = %q", got)
	}
}

// TestLateOutput: what a goroutine prints between cells shows with the
// next cell, even when a completion came between.
func TestLateOutput(t *testing.T) {
	s := start(t, Options{})
	mustRun(t, s, `go func() { time.Sleep(200 * time.Millisecond); fmt.Println("late") }()`)
	time.Sleep(500 * time.Millisecond)
	s.Complete("Entr", 4)
	if got := mustRun(t, s, "1 + 1"); got != "late\n2" {
		t.Errorf("the next cell shows %q, want the late line then 2", got)
	}
}

// TestStdinReadAll: standard input crosses to the worker whole (an answer
// that came before its reader waited was once dropped, and the cell hung).
func TestStdinReadAll(t *testing.T) {
	for i := 0; i < 5; i++ {
		in := strings.Repeat("0123456789\n", 200000)
		s := start(t, Options{Session: session.Options{Stdin: strings.NewReader(in)}})
		mustRun(t, s, `import "io"`)
		if got := mustRun(t, s, "b, err := io.ReadAll(os.Stdin); fmt.Println(len(b), err)"); got != "2200000 <nil>\n" {
			t.Fatalf("read %q", got)
		}
	}
}

// TestSlowStdinNotDeadlock: a goroutine waiting for input that comes late
// is not a deadlock.
func TestSlowStdinNotDeadlock(t *testing.T) {
	r, w := io.Pipe()
	go func() { time.Sleep(2500 * time.Millisecond); w.Write([]byte("5\n")); w.Close() }()
	s := start(t, Options{Session: session.Options{Stdin: r}})
	if got := mustRun(t, s, "var n int; ch := make(chan int); go func() { fmt.Scan(&n); ch <- n }(); fmt.Println(<-ch)"); got != "5\n" {
		t.Fatalf("got %q", got)
	}
}

// TestInterruptShell: an interrupted $ command ends with everything it
// started, and the session is kept (no restore).
func TestInterruptShell(t *testing.T) {
	s := start(t, Options{})
	mustRun(t, s, "x := 42")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(500*time.Millisecond, cancel)
	var r recorder
	_, err := s.Eval(ctx, `$sh -c "sleep 31.25; echo done"; echo after`, &r)
	if err == nil || err.Error() != "interrupted" {
		t.Fatalf("err = %v (stderr %q)", err, r.stderr.String())
	}
	time.Sleep(200 * time.Millisecond)
	if out, _ := exec.Command("pgrep", "-f", "sleep 31.25").Output(); len(out) > 0 {
		exec.Command("pkill", "-f", "sleep 31.25").Run()
		t.Errorf("the command's child outlived the interrupt: pid %s", out)
	}
	if got := mustRun(t, s, "x"); got != "42" {
		t.Errorf("x = %q", got)
	}
}

// TestCrashAgain: a goroutine of an earlier cell that crashes the worker
// crashes it again after the replay restarts it; the second error says so.
func TestCrashAgain(t *testing.T) {
	s := start(t, Options{})
	mustRun(t, s, "m := map[int]int{}")
	mustRun(t, s, "go func() { time.Sleep(300 * time.Millisecond); for i := 0; i < 4; i++ { go func() { for j := 0; ; j++ { m[j%100] = j } }() } }()")
	var last error
	for i := 0; i < 2; i++ {
		_, _, err := run(t, s, "time.Sleep(3 * time.Second)")
		if err == nil || !strings.Contains(err.Error(), "concurrent map writes") {
			t.Fatalf("round %d: err = %v", i, err)
		}
		last = err
	}
	if !strings.Contains(last.Error(), "a goroutine started by an earlier cell may cause it") {
		t.Errorf("the second crash does not say why it came again: %v", last)
	}
}

// TestReplayFailedCell: a cell that failed while it ran kept what its
// statements before the error did (data appended to, n set); a restore
// after the worker died runs it again up to its error, so the restored
// session has them too (it had data [] and n 0: the cell was left out of
// the replay). An interrupted cell cannot be replayed: the note names it.
func TestReplayFailedCell(t *testing.T) {
	s := start(t, Options{Session: session.Options{MaxDepth: 1 << 30}})
	mustRun(t, s, "data := []float64{}")
	mustRun(t, s, "n := 0")
	if _, _, err := run(t, s, "data = append(data, 1, 2, 3)\nn = 7\nfmt.Println(data[5])"); err == nil || !strings.Contains(err.Error(), "index out of range [5] with length 3") {
		t.Fatalf("err = %v", err)
	}
	if _, _, err := run(t, s, "q := undefinedX"); err == nil {
		t.Fatal("undefinedX ran")
	}
	mustRun(t, s, "m := 1")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	if _, err := s.Eval(ctx, "for { m++ }", &recorder{}); err == nil || err.Error() != "interrupted" {
		t.Fatalf("err = %v", err)
	}
	_, stderr, err := run(t, s, "func f(n int) int { return f(n+1) + 1 }\nf(0)")
	if err == nil {
		t.Fatal("f(0) returned")
	}
	stderr += err.Error()
	for _, want := range []string{"session restored: 4 cells re-run in ", "(1 of them up to the error that stopped it the first time)",
		"not re-run, and what they did before they were interrupted is lost: for { m++ }"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the note lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "index out of range") {
		t.Errorf("a replayed cell's error showed: %q", stderr)
	}
	if got := mustRun(t, s, "fmt.Println(data, n, m)"); got != "[1 2 3] 7 1\n" {
		t.Errorf("after the restore: %q", got)
	}
}
