// Package grade grades a class's worksheet notebooks: it runs each
// student's notebook, cell by cell, in a fresh session of its own, reads
// the verdict of every check cell, and writes the class's grades
// (grades.csv, grades.json) and a report a teacher opens in a browser
// (report.html), which names the mistakes the class made and how many
// students made each. `divergo grade` is its command.
//
// How a verdict reaches the grader: builtins.Check returns a Verdict whose
// display bundle (Verdict.SimpleRender, which the session honours as it
// honours any display.SimpleRenderer) holds, beside its text, a part of
// MIME type application/vnd.divergo.check+json with the measure, the
// answer, the verdict and the mistake recognised. The grader runs each
// check cell (see Notebook.Checks: a code cell whose last statement calls
// Check or TryCheck) and takes that part from what the cell shows. A
// notebook executed in Jupyter keeps the same part in its saved outputs,
// which Saved reads back without running anything.
//
// Each notebook runs in its own worker process (package worker), started
// in the notebook's folder: a cell that overflows the stack, writes a map
// from two goroutines or passes the memory limit ends that worker, not the
// grader, and the notebook's next cells run in a restored session. A
// notebook gets Options.Timeout in all; when it runs out, the running cell
// is interrupted (and its worker ended if it does not stop within a
// second), and the check cells not yet run are reported as "did not run".
// A cell that fails does not stop the notebook: its error is reported, and
// the cells after it run, as far as they can without it.
package grade

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/divergo/divergo/builtins"
	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
	"github.com/divergo/divergo/worker"
)

// DefaultTimeout is how long a notebook may run in all.
const DefaultTimeout = 60 * time.Second

// Options configure a grading run.
type Options struct {
	// Timeout is how long each notebook may run; 0 means DefaultTimeout.
	Timeout time.Duration
	// Jobs is how many notebooks run at once; 0 means 1.
	Jobs int
	// MemoryLimit is each worker's memory limit in bytes; 0 means
	// worker.DefaultMemoryLimit().
	MemoryLimit int64
	// MaxDepth is the sessions' recursion limit (session.Options.MaxDepth).
	MaxDepth int
	// Command returns the command that starts a worker (see
	// worker.Options.Command); nil re-executes the running binary. The
	// grader sets its Dir to the notebook's folder.
	Command func() *exec.Cmd
	// Progress, if not nil, is called after each notebook is graded.
	Progress func(done, total int, s *Student)
}

// The errors of a row, in Row.Error.
const (
	ErrRaised    = "raised"      // the check cell failed (its error, or an earlier cell's, in Detail)
	ErrCrashed   = "crashed"     // the check cell ended its worker (stack overflow, concurrent map writes, memory)
	ErrTimedOut  = "timed out"   // the notebook ran out of time in this check cell
	ErrDidNotRun = "did not run" // the notebook ran out of time (or could not start) before this check
	ErrMissing   = "missing"     // the notebook has no check cell for this exercise
)

// Row is one check of one student: a row of grades.csv.
type Row struct {
	Student  string   `json:"student"`
	Notebook string   `json:"notebook"`
	Exercise string   `json:"exercise"`
	Measure  string   `json:"measure"`          // "KL(P‖Q)"; "" without a verdict
	Unit     string   `json:"unit"`             // the unit asked for: "nats", "bits", …
	Answer   *float64 `json:"-"`                // the answer given; nil without a verdict
	Verdict  string   `json:"verdict"`          // "right", "wrong", or "" without a verdict
	Mistake  string   `json:"mistake"`          // the classic mistake recognised, or ""
	Mistakes []string `json:"mistakes"`         // every mistake that gives the answer
	Error    string   `json:"error"`            // "" or one of ErrRaised, …, ErrMissing
	Detail   string   `json:"detail,omitempty"` // the error's message
	Cell     int      `json:"cell,omitempty"`   // the check's code cell, from 1; 0 if missing
}

// AnswerText is the answer as Go's shortest form prints it ("+Inf"), or "".
func (r Row) AnswerText() string {
	if r.Answer == nil {
		return ""
	}
	return strconv.FormatFloat(*r.Answer, 'g', -1, 64)
}

// Student is one graded notebook.
type Student struct {
	Name     string
	Notebook string // its path
	Rows     []Row  // one per check cell, in the notebook's order
	// Status says how the run ended: "" when every cell ran, else what
	// stopped it ("timed out after 60s in code cell 12", "could not be
	// read: …").
	Status  string
	Elapsed time.Duration
}

// Right counts the student's right answers.
func (s *Student) Right() int {
	n := 0
	for _, r := range s.Rows {
		if r.Verdict == "right" {
			n++
		}
	}
	return n
}

// Class is a graded class.
type Class struct {
	Exercises []string   // in the worksheet's order (the key's, when there is one)
	Students  []*Student // sorted by name
	Key       *Student   // the answer key, if one was checked
	Elapsed   time.Duration
}

// Grade runs every notebook and returns the class's grades; key, if not
// nil, is the graded answer key (see CheckKey), whose exercises set the
// class's.
func Grade(ctx context.Context, paths []string, key *Student, opts Options) *Class {
	t0 := time.Now()
	jobs := max(opts.Jobs, 1)
	students := make([]*Student, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for j := 0; j < jobs; j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				s := Run(ctx, paths[i], opts)
				students[i] = s
				mu.Lock()
				done++
				if opts.Progress != nil {
					opts.Progress(done, len(paths), s)
				}
				mu.Unlock()
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	c := Assemble(students, key)
	c.Elapsed = time.Since(t0)
	return c
}

// Assemble makes a class of graded notebooks: the exercises are the key's
// (if key is not nil) followed by any others the students' notebooks have,
// in the order they first appear; each student gets a row ErrMissing for
// an exercise their notebook lacks (ErrDidNotRun, when it could not be
// read).
func Assemble(students []*Student, key *Student) *Class {
	c := &Class{Key: key}
	seen := map[string]bool{}
	add := func(s *Student) {
		for _, r := range s.Rows {
			if !seen[r.Exercise] {
				seen[r.Exercise] = true
				c.Exercises = append(c.Exercises, r.Exercise)
			}
		}
	}
	if key != nil {
		add(key)
	}
	for _, s := range students {
		add(s)
	}
	for _, s := range students {
		have := map[string]bool{}
		for _, r := range s.Rows {
			have[r.Exercise] = true
		}
		for _, e := range c.Exercises {
			if have[e] {
				continue
			}
			r := Row{Student: s.Name, Notebook: s.Notebook, Exercise: e, Error: ErrMissing, Detail: "the notebook has no check for this exercise"}
			if s.Status != "" && len(s.Rows) == 0 {
				r.Error, r.Detail = ErrDidNotRun, s.Status
			}
			s.Rows = append(s.Rows, r)
		}
		order := map[string]int{}
		for i, e := range c.Exercises {
			order[e] = i
		}
		sort.SliceStable(s.Rows, func(i, j int) bool { return order[s.Rows[i].Exercise] < order[s.Rows[j].Exercise] })
		c.Students = append(c.Students, s)
	}
	sort.SliceStable(c.Students, func(i, j int) bool { return c.Students[i].Name < c.Students[j].Name })
	return c
}

// Run grades one notebook in a fresh worker.
func Run(ctx context.Context, path string, opts Options) *Student {
	t0 := time.Now()
	s := &Student{Name: strings.TrimSuffix(filepath.Base(path), ".ipynb"), Notebook: path}
	defer func() { s.Elapsed = time.Since(t0) }()
	nb, err := ReadNotebook(path)
	if err != nil {
		s.Status = "could not be read: " + err.Error()
		return s
	}
	s.Name = nb.Student()
	checks := nb.Checks()
	byIndex := map[int]CheckCell{}
	for _, c := range checks {
		byIndex[c.Index] = c
	}
	row := func(c CheckCell) Row {
		return Row{Student: s.Name, Notebook: path, Exercise: c.Exercise, Cell: c.Code}
	}
	notRun := func(from int, why string) {
		for _, c := range checks {
			if c.Index >= from {
				r := row(c)
				r.Error, r.Detail = ErrDidNotRun, why
				s.Rows = append(s.Rows, r)
			}
		}
	}

	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	dir := filepath.Dir(path)
	command := opts.Command
	if command == nil {
		command = func() *exec.Cmd {
			exe, err := os.Executable()
			if err != nil {
				exe = os.Args[0]
			}
			return exec.Command(exe, worker.WorkerArg)
		}
	}
	w, err := worker.New(worker.Options{
		Session:     session.Options{Frontend: session.Notebook, MaxDepth: opts.MaxDepth},
		MemoryLimit: opts.MemoryLimit,
		Command: func() *exec.Cmd {
			cmd := command()
			cmd.Dir = dir
			return cmd
		},
	})
	if err != nil {
		s.Status = "could not start a session: " + err.Error()
		notRun(0, s.Status)
		return s
	}
	defer w.Close()

	nctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	code := 0
	failed := "" // the first failed cell, said when a check fails after it
	for i, cell := range nb.Cells {
		if cell.Type != "code" {
			continue
		}
		code++
		if err := nctx.Err(); err != nil {
			s.Status = stopped(ctx, timeout, code-1)
			notRun(i, s.Status)
			break
		}
		if strings.TrimSpace(cell.Source) == "" {
			continue
		}
		var out collector
		res, err := w.Eval(nctx, cell.Source, &out)
		if res != nil {
			out.Display(*res)
		}
		c, isCheck := byIndex[i]
		timedOut := err != nil && nctx.Err() != nil
		if timedOut {
			s.Status = stopped(ctx, timeout, code)
		}
		if !isCheck {
			if err != nil && failed == "" && !timedOut {
				failed = fmt.Sprintf("code cell %d failed: %s", code, firstLine(err.Error()))
			}
			continue
		}
		switch {
		case len(out.checks) > 0:
			for k, v := range out.checks {
				r := row(c)
				if k > 0 {
					r.Exercise += fmt.Sprintf(" #%d", k+1)
				}
				v.fill(&r)
				s.Rows = append(s.Rows, r)
			}
		default:
			r := row(c)
			switch {
			case timedOut:
				r.Error, r.Detail = ErrTimedOut, s.Status
			case err != nil:
				r.Error, r.Detail = ErrRaised, firstLine(err.Error())
				if crashed(err) {
					r.Error = ErrCrashed
				}
			default:
				// TryCheck's error, shown as a value, or a check that
				// showed no verdict.
				r.Error, r.Detail = ErrRaised, strings.TrimSpace(out.text.String())
				if r.Detail == "" {
					r.Detail = "the check cell showed no verdict"
				}
			}
			if failed != "" && r.Error == ErrRaised {
				r.Detail += " (" + failed + ")"
			}
			s.Rows = append(s.Rows, r)
		}
		if err != nil && failed == "" && !timedOut {
			failed = fmt.Sprintf("code cell %d failed: %s", code, firstLine(err.Error()))
		}
	}
	return s
}

// stopped says why a notebook stopped at code cell n: its time ran out, or
// the whole run was cancelled.
func stopped(ctx context.Context, timeout time.Duration, n int) string {
	if ctx.Err() != nil {
		return fmt.Sprintf("grading was interrupted in code cell %d", n)
	}
	return fmt.Sprintf("timed out after %s in code cell %d", timeout, n)
}

// crashed reports whether a cell's error is the supervisor's: the worker
// ended and the session was restored (worker/crash.go's messages).
func crashed(err error) bool {
	var se *session.Error
	if !errors.As(err, &se) {
		return false
	}
	return strings.Contains(se.Msg, "\nsession restored") || strings.Contains(se.Msg, "\nthe session could not be restored")
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// verdict is a check bundle's machine-readable part.
type verdict map[string]any

// fill copies the verdict into a row.
func (v verdict) fill(r *Row) {
	str := func(k string) string { s, _ := v[k].(string); return s }
	r.Measure, r.Unit, r.Verdict, r.Mistake = str("measure"), str("unit"), str("verdict"), str("mistake")
	switch a := v["answer"].(type) {
	case float64:
		r.Answer = &a
	case int:
		x := float64(a)
		r.Answer = &x
	case int64:
		x := float64(a)
		r.Answer = &x
	case string:
		if x, err := strconv.ParseFloat(a, 64); err == nil {
			r.Answer = &x
		}
	}
	if ms, ok := v["mistakes"].([]any); ok {
		for _, m := range ms {
			if m, ok := m.(string); ok {
				r.Mistakes = append(r.Mistakes, m)
			}
		}
	}
	if r.Answer != nil && math.IsNaN(*r.Answer) {
		r.Answer = nil
	}
}

// verdictOf returns the check part of a bundle's data, if it has one.
func verdictOf(data map[string]any) (verdict, bool) {
	v, ok := data[builtins.CheckMIMEType].(map[string]any)
	return v, ok
}

// collector is the Output of a cell being graded: the verdicts it shows
// and the last of its text.
type collector struct {
	mu     sync.Mutex
	checks []verdict
	text   strings.Builder
}

func (c *collector) Stdout(s string) { c.write(s) }
func (c *collector) Stderr(s string) { c.write(s) }

func (c *collector) write(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.text.Len() < 4096 {
		c.text.WriteString(s)
	}
}

func (c *collector) Display(d display.Data) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := verdictOf(d.Data); ok {
		c.checks = append(c.checks, v)
		return
	}
	if t, ok := d.Data[display.MIMETypeText].(string); ok && c.text.Len() < 4096 {
		c.text.WriteString(t + "\n")
	}
}

func (c *collector) Update(string, display.Data) {}
func (c *collector) Clear(bool)                  {}

// Saved grades a notebook from its saved outputs, without running it: the
// check bundles a run in Jupyter (or nbclient, or `divergo grade`'s own
// sessions) left in its check cells. A check cell without one is reported
// as ErrDidNotRun. Saved outputs are what the notebook's owner saved: use
// it for notebooks run by the teacher, not to grade students' files.
func Saved(path string) *Student {
	s := &Student{Name: strings.TrimSuffix(filepath.Base(path), ".ipynb"), Notebook: path}
	nb, err := ReadNotebook(path)
	if err != nil {
		s.Status = "could not be read: " + err.Error()
		return s
	}
	s.Name = nb.Student()
	for _, c := range nb.Checks() {
		r := Row{Student: s.Name, Notebook: path, Exercise: c.Exercise, Cell: c.Code}
		found := false
		for _, o := range nb.Cells[c.Index].Outputs {
			if v, ok := verdictOf(o.Data); ok {
				found = true
				v.fill(&r)
				break
			}
			if o.Type == "error" && r.Error == "" {
				r.Error, r.Detail = ErrRaised, "the saved output is an error"
			}
		}
		if !found && r.Error == "" {
			r.Error, r.Detail = ErrDidNotRun, "no saved verdict in the check cell"
		}
		s.Rows = append(s.Rows, r)
	}
	return s
}

// CheckKey grades an answer key and returns it with the exercises whose
// check does not pass, each with why ("Exercise 3: wrong (wrong
// logarithm)", "Exercise 5: raised: …").
func CheckKey(ctx context.Context, path string, opts Options) (*Student, []string) {
	k := Run(ctx, path, opts)
	var failing []string
	for _, r := range k.Rows {
		switch {
		case r.Verdict == "right":
		case r.Verdict == "wrong":
			why := "wrong: " + r.AnswerText()
			if r.Mistake != "" {
				why += " is " + r.Mistake
			}
			failing = append(failing, r.Exercise+" (code cell "+strconv.Itoa(r.Cell)+"): "+why)
		default:
			failing = append(failing, r.Exercise+" (code cell "+strconv.Itoa(r.Cell)+"): "+r.Error+": "+firstLine(r.Detail))
		}
	}
	if len(k.Rows) == 0 {
		why := "it has no check cells"
		if k.Status != "" {
			why = k.Status
		}
		failing = append(failing, why)
	}
	return k, failing
}
