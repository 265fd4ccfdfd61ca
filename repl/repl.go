// Package repl is divergo's terminal front end: the interactive REPL on a
// line editor (readline behind the LineReader interface), its history file,
// and the runs without prompts of `divergo -e`, `divergo FILE` and piped
// standard input. It only moves text between a person and a session:
// evaluation, completion, commands and rendering live in package session.
//
// In the REPL a cell is read line by line: while session.IsComplete says the
// Go is incomplete, the continuation prompt asks for more, and blank lines
// belong to the cell. Ctrl-C abandons the cell being typed, or interrupts
// the running one (its session keeps every variable); Ctrl-D at an empty
// prompt, `.quit` or `.exit` leave. Each cell is one history entry, saved
// whole (the up arrow brings back a multi-line cell, its line breaks shown
// as ↵) and synced to the history file before it runs. Results go to
// standard output, errors to standard error (red on a terminal, unless
// NO_COLOR is set).
package repl

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// The prompts: the first line of a cell, and the lines that continue it
// (aligned with the first).
const (
	Prompt     = "divergo> "
	ContPrompt = "       … "
)

// Evaluator runs cells: a *session.Session.
type Evaluator interface {
	Eval(ctx context.Context, cell string, out session.Output) (*display.Data, error)
}

// Session is what the interactive REPL needs of a session.
type Session interface {
	Evaluator
	Complete(text string, cursor int) (start int, candidates []string)
}

// REPL is an interactive loop over a session and a line editor.
type REPL struct {
	Session Session
	Editor  LineReader
	History *History // the history file; nil keeps no file
	Stdout  io.Writer
	Stderr  io.Writer
	Color   bool // errors in red
	// Interrupts delivers Ctrl-C while a cell runs (the terminal is then
	// in its normal mode, where Ctrl-C is a signal): the running cell is
	// cancelled. Interrupts between cells are ignored.
	Interrupts <-chan os.Signal

	mu      sync.Mutex
	pending string             // the lines of the cell typed so far, for completion
	cancel  context.CancelFunc // the running cell's
	stopped bool               // the running cell was interrupted
	p       *printer
}

// Run reads and runs cells until Ctrl-D at an empty prompt, `.quit`, or an
// error of the editor.
func (r *REPL) Run(ctx context.Context) error {
	r.p = &printer{stdout: r.Stdout, stderr: r.Stderr, color: r.Color, tty: true}
	if r.Interrupts != nil {
		done := make(chan struct{})
		defer close(done)
		go r.watchInterrupts(done)
	}
	var lines []string
	var open brackets // see brackets.go
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		prompt := Prompt
		if len(lines) > 0 {
			prompt = ContPrompt
		}
		r.mu.Lock()
		r.pending = strings.Join(lines, "\n")
		r.mu.Unlock()
		line, err := r.Editor.ReadLine(prompt)
		switch {
		case errors.Is(err, ErrInterrupt):
			lines, open = nil, brackets{} // Ctrl-C abandons the cell
			continue
		case errors.Is(err, io.EOF):
			if len(lines) == 0 {
				return nil // Ctrl-D at an empty prompt
			}
			// Ctrl-D at the continuation prompt: run what there is, so
			// that its error shows.
		case err != nil:
			return err
		default:
			lines = append(lines, line)
			open.line(line)
			if len(lines) == 1 && strings.TrimSpace(line) == "" {
				lines, open = nil, brackets{}
				continue
			}
			if open.open() || session.IsComplete(strings.Join(lines, "\n")) == session.Incomplete {
				continue
			}
		}
		cell := strings.Join(lines, "\n")
		lines, open = nil, brackets{}
		r.Editor.AddHistory(cell)
		if err := r.History.Add(cell); err != nil {
			r.p.Error(err.Error())
		}
		if r.run(ctx, cell) {
			return nil
		}
	}
}

// run evaluates one cell and shows its output; it reports whether the cell
// asked to quit.
func (r *REPL) run(ctx context.Context, cell string) (quit bool) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.mu.Lock()
	r.cancel = cancel
	r.mu.Unlock()
	res, err := r.Session.Eval(ctx, cell, r.p)
	r.mu.Lock()
	r.cancel = nil
	if r.stopped {
		// The terminal echoed ^C where the cell's output stood: start
		// the message on a line of its own.
		r.stopped = false
		r.p.mu.Lock()
		r.p.open = true
		r.p.mu.Unlock()
	}
	r.mu.Unlock()
	if errors.Is(err, session.ErrQuit) {
		r.p.EndLine()
		return true
	}
	r.p.Result(res)
	if err != nil {
		r.p.Error(err.Error())
	}
	r.p.EndLine()
	return false
}

func (r *REPL) watchInterrupts(done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		case <-r.Interrupts:
			r.mu.Lock()
			if r.cancel != nil {
				r.cancel()
				r.stopped = true
			}
			r.mu.Unlock()
		}
	}
}

// Complete completes the line being edited within the cell typed so far:
// it is the REPL's CompleteFunc for the editor.
func (r *REPL) Complete(line string, cursor int) (int, []string) {
	r.mu.Lock()
	prefix := r.pending
	r.mu.Unlock()
	if prefix != "" {
		prefix += "\n"
	}
	start, cands := r.Session.Complete(prefix+line, len(prefix)+cursor)
	start -= len(prefix)
	if start < 0 || start > cursor {
		return cursor, nil
	}
	return start, cands
}

// Banner is what the interactive REPL says first.
const Banner = "divergo — Go with entropy, KL, JS and friends in scope. .help lists the commands; Ctrl-D quits.\n"
