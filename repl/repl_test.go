package repl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// script is a LineReader that types prepared lines: a step is a line, or
// ErrInterrupt (Ctrl-C), or io.EOF (Ctrl-D). After the last step it types
// Ctrl-D.
type script struct {
	steps   []any
	prompts []string
	history []string
}

func (s *script) ReadLine(prompt string) (string, error) {
	s.prompts = append(s.prompts, prompt)
	if len(s.steps) == 0 {
		return "", io.EOF
	}
	st := s.steps[0]
	s.steps = s.steps[1:]
	switch v := st.(type) {
	case string:
		return v, nil
	case error:
		return "", v
	}
	panic(fmt.Sprintf("bad step %v", st))
}

func (s *script) AddHistory(cell string) { s.history = append(s.history, cell) }
func (s *script) Close() error           { return nil }

// fake is a Session that records its cells: "quit" quits, "block" runs
// until interrupted, "fail" fails, anything else shows "= cell".
type fake struct {
	mu      sync.Mutex
	cells   []string
	started chan struct{}
	cands   []string
	gotText string
	gotCur  int
}

func (f *fake) Eval(ctx context.Context, cell string, out session.Output) (*display.Data, error) {
	f.mu.Lock()
	f.cells = append(f.cells, cell)
	f.mu.Unlock()
	switch cell {
	case "quit":
		return nil, session.ErrQuit
	case "block":
		if f.started != nil {
			close(f.started)
		}
		<-ctx.Done()
		return nil, errors.New("interrupted")
	case "fail":
		return nil, errors.New("1:1: it failed")
	case "print":
		out.Stdout("no newline")
		return nil, nil
	}
	d := display.Text("= " + cell)
	return &d, nil
}

func (f *fake) Complete(text string, cursor int) (int, []string) {
	f.gotText, f.gotCur = text, cursor
	start := cursor
	for start > 0 && strings.IndexByte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", text[start-1]) >= 0 {
		start--
	}
	return start, f.cands
}

func runScript(t *testing.T, steps ...any) (*fake, *script, string, string) {
	t.Helper()
	f := &fake{}
	ed := &script{steps: steps}
	var out, errb bytes.Buffer
	r := &REPL{Session: f, Editor: ed, Stdout: &out, Stderr: &errb}
	if err := r.Run(context.Background()); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return f, ed, out.String(), errb.String()
}

func TestContinuationAndBlankLines(t *testing.T) {
	f, ed, out, _ := runScript(t, "func f() int {", "", "return 1", "}", "", "f()")
	want := []string{"func f() int {\n\nreturn 1\n}", "f()"}
	if !reflect.DeepEqual(f.cells, want) {
		t.Errorf("cells %q, want %q", f.cells, want)
	}
	wantPrompts := []string{Prompt, ContPrompt, ContPrompt, ContPrompt, Prompt, Prompt, Prompt}
	if !reflect.DeepEqual(ed.prompts, wantPrompts) {
		t.Errorf("prompts %q, want %q", ed.prompts, wantPrompts)
	}
	if !reflect.DeepEqual(ed.history, want) {
		t.Errorf("history %q, want %q (whole cells)", ed.history, want)
	}
	if out != "= func f() int {\n\nreturn 1\n}\n= f()\n" {
		t.Errorf("stdout %q", out)
	}
	if len(ContPrompt) == len(Prompt) || len([]rune(ContPrompt)) != len([]rune(Prompt)) {
		t.Errorf("continuation prompt %q is not aligned with %q", ContPrompt, Prompt)
	}
}

func TestCtrlCAbandonsCell(t *testing.T) {
	f, ed, _, _ := runScript(t, "func f() {", "x := 1", ErrInterrupt, "2")
	if want := []string{"2"}; !reflect.DeepEqual(f.cells, want) {
		t.Errorf("cells %q, want %q", f.cells, want)
	}
	if want := []string{Prompt, ContPrompt, ContPrompt, Prompt, Prompt}; !reflect.DeepEqual(ed.prompts, want) {
		t.Errorf("prompts %q, want %q", ed.prompts, want)
	}
	if want := []string{"2"}; !reflect.DeepEqual(ed.history, want) {
		t.Errorf("history %q, want %q: an abandoned cell is not saved", ed.history, want)
	}
}

func TestCtrlDQuits(t *testing.T) {
	f, ed, _, _ := runScript(t, "1", io.EOF, "2")
	if want := []string{"1"}; !reflect.DeepEqual(f.cells, want) {
		t.Errorf("cells %q, want %q", f.cells, want)
	}
	if len(ed.steps) != 1 {
		t.Errorf("the REPL read on after Ctrl-D")
	}
}

func TestCtrlDInsideCellRunsIt(t *testing.T) {
	f, _, _, _ := runScript(t, "func f() {", io.EOF, "2")
	if want := []string{"func f() {", "2"}; !reflect.DeepEqual(f.cells, want) {
		t.Errorf("cells %q, want %q", f.cells, want)
	}
}

func TestQuitCommand(t *testing.T) {
	f, ed, _, _ := runScript(t, "1", "quit", "2")
	if want := []string{"1", "quit"}; !reflect.DeepEqual(f.cells, want) {
		t.Errorf("cells %q, want %q", f.cells, want)
	}
	if len(ed.steps) != 1 {
		t.Errorf("the REPL read on after quit")
	}
}

func TestRecalledMultiLineCell(t *testing.T) {
	cell := "func g() int {\n\treturn 2\n}"
	f, _, _, _ := runScript(t, cell, "g()")
	if want := []string{cell, "g()"}; !reflect.DeepEqual(f.cells, want) {
		t.Errorf("cells %q, want %q", f.cells, want)
	}
}

func TestErrorsAndUnfinishedLines(t *testing.T) {
	_, _, out, errs := runScript(t, "print", "fail", "print", "1")
	if want := "no newline\nno newline\n= 1\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if want := "1:1: it failed\n"; errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	f := &fake{}
	var o, e bytes.Buffer
	r := &REPL{Session: f, Editor: &script{steps: []any{"fail"}}, Stdout: &o, Stderr: &e, Color: true}
	r.Run(context.Background())
	if want := "\x1b[31m1:1: it failed\x1b[0m\n"; e.String() != want {
		t.Errorf("coloured stderr %q, want %q", e.String(), want)
	}
}

// A Ctrl-C while a cell runs cancels the cell's context, and the REPL goes
// on with the next cell.
func TestInterruptRunningCell(t *testing.T) {
	f := &fake{started: make(chan struct{})}
	sigs := make(chan os.Signal, 1)
	var out, errb bytes.Buffer
	r := &REPL{Session: f, Editor: &script{steps: []any{"block", "after"}}, Stdout: &out, Stderr: &errb, Interrupts: sigs}
	go func() {
		<-f.started
		sigs <- os.Interrupt
	}()
	done := make(chan error)
	go func() { done <- r.Run(context.Background()) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the running cell was not interrupted within 10 s")
	}
	if want := []string{"block", "after"}; !reflect.DeepEqual(f.cells, want) {
		t.Errorf("cells %q, want %q", f.cells, want)
	}
	// The terminal echoed ^C: the message starts a new line.
	if want := "interrupted\n"; errb.String() != want {
		t.Errorf("stderr %q, want %q", errb.String(), want)
	}
	if want := "\n= after\n"; out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
}

func TestCompleteWithinCell(t *testing.T) {
	f := &fake{cands: []string{"KullbackLeibler"}}
	r := &REPL{Session: f}
	r.pending = "x := 1\nfunc g() {"
	start, c := r.Complete("  stat.Kull", 11)
	if start != 7 || !reflect.DeepEqual(c, f.cands) {
		t.Errorf("Complete = %d, %q; want 7, %q", start, c, f.cands)
	}
	if f.gotText != "x := 1\nfunc g() {\n  stat.Kull" || f.gotCur != len(f.gotText) {
		t.Errorf("session asked with %q at %d", f.gotText, f.gotCur)
	}
}

func TestCompleterAdapter(t *testing.T) {
	c := completer{func(line string, cursor int) (int, []string) {
		if line != "p := stat.Kull\nq" || cursor != len("p := stat.Kull") {
			t.Errorf("asked %q at %d", line, cursor)
		}
		return len("p := stat."), []string{"KullbackLeibler", "Kurtosis", "KullbackLeibler"}
	}}
	line := []rune("p := stat.Kull" + string(newlineMark) + "q")
	got, n := c.Do(line, len([]rune("p := stat.Kull")))
	if n != 4 || len(got) != 1 || string(got[0]) != "backLeibler" {
		t.Errorf("Do = %q, %d; want [backLeibler], 4", got, n)
	}
}

func TestBufferMarks(t *testing.T) {
	cell := "for {\n\tbreak\n}"
	b := toBuffer(cell)
	if strings.Contains(b, "\n") || fromBuffer(b) != cell {
		t.Errorf("toBuffer %q, back %q", b, fromBuffer(b))
	}
	if got := string(markPainter{}.Paint([]rune(b), 0)); got != "for {↵\tbreak↵}" {
		t.Errorf("painted %q", got)
	}
}

var entries = []string{
	"KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})",
	"func f(a int) int {\n\n\treturn a * 2\n}",
	`fmt.Println("a\nb", "c\\d", '\\')`,
	"s := `raw\\n\nstring`",
	"windows\r\nline",
	`\`,
	"trailing backslash \\",
	"ünïcödé ↵ \uE000",
}

func TestHistoryEntryRoundTrip(t *testing.T) {
	for _, e := range entries {
		enc := EncodeEntry(e)
		if strings.ContainsAny(enc, "\n\r") {
			t.Errorf("EncodeEntry(%q) = %q holds a line break", e, enc)
		}
		if got := DecodeEntry(enc); got != e {
			t.Errorf("DecodeEntry(EncodeEntry(%q)) = %q", e, got)
		}
	}
	// A hand-edited file: unknown escapes stay as they are.
	if got := DecodeEntry(`a\tb\`); got != `a\tb\` {
		t.Errorf("DecodeEntry kept %q", got)
	}
}

func TestHistoryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "history")
	h, old, err := OpenHistory(path)
	if err != nil || len(old) != 0 {
		t.Fatalf("OpenHistory: %v, %q", err, old)
	}
	for _, e := range entries {
		if err := h.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	h.Add(entries[len(entries)-1]) // a repeat is not saved
	h.Add("  \n ")                 // nor a blank cell
	// Saved entries are on disk before Close: a crash loses nothing.
	data, _ := os.ReadFile(path)
	if got := ParseHistory(data); !reflect.DeepEqual(got, entries) {
		t.Errorf("file holds %q, want %q", got, entries)
	}
	h.Close()
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("history mode %v, want 0600", fi.Mode().Perm())
	}
	// A line cut short by a crash: the next entry starts a line.
	os.WriteFile(path, append(data, "cut sho"...), 0o600)
	h, got, err := OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	h.Add("next")
	h.Close()
	data, _ = os.ReadFile(path)
	got = ParseHistory(data)
	if want := append(append([]string(nil), entries...), "cut sho", "next"); !reflect.DeepEqual(got, want) {
		t.Errorf("after a cut line: %q, want %q", got, want)
	}
}

func TestHistoryCompaction(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	var b strings.Builder
	for i := range 4*HistoryLimit + 10 {
		fmt.Fprintf(&b, "cell %d\n", i)
	}
	os.WriteFile(path, []byte(b.String()), 0o600)
	h, got, err := OpenHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	h.Close()
	if len(got) != HistoryLimit || got[len(got)-1] != fmt.Sprintf("cell %d", 4*HistoryLimit+9) {
		t.Errorf("kept %d entries, last %q", len(got), got[len(got)-1])
	}
	data, _ := os.ReadFile(path)
	if n := len(ParseHistory(data)); n != HistoryLimit {
		t.Errorf("file rewritten with %d entries, want %d", n, HistoryLimit)
	}
}

func TestHistoryPath(t *testing.T) {
	t.Setenv("DIVERGO_HISTORY", "")
	t.Setenv("XDG_DATA_HOME", "/data")
	if got := HistoryPath(); got != "/data/divergo/history" {
		t.Errorf("with XDG_DATA_HOME: %q", got)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	if got := HistoryPath(); got != "/home/u/.local/share/divergo/history" {
		t.Errorf("with HOME: %q", got)
	}
	t.Setenv("DIVERGO_HISTORY", "/tmp/h")
	if got := HistoryPath(); got != "/tmp/h" {
		t.Errorf("with DIVERGO_HISTORY: %q", got)
	}
}

func FuzzHistoryEntry(f *testing.F) {
	for _, e := range entries {
		f.Add(e)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := DecodeEntry(EncodeEntry(s)); got != s {
			t.Errorf("round trip of %q gave %q", s, got)
		}
		ParseHistory([]byte(s)) // any file contents: no panic
	})
}

func TestImageNote(t *testing.T) {
	var pngBuf bytes.Buffer
	png.Encode(&pngBuf, image.NewGray(image.Rect(0, 0, 64, 48)))
	var out bytes.Buffer
	p := &printer{stdout: &out, stderr: io.Discard}
	p.Display(display.PNG(pngBuf.Bytes()))
	p.Result(&display.Data{Data: display.MIMEMap{display.MIMETypeText: "Figure: KL", display.MIMETypeSVG: "<svg/>"}})
	want := "[image/png 64×48: the terminal does not show images yet; a notebook does]\n" +
		"Figure: KL\n[image/svg+xml: the terminal does not show images yet; a notebook does]\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
