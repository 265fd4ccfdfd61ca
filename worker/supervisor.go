// Package worker runs a session in a supervised child process, so that
// nothing a cell does — infinite recursion, concurrent map writes, running
// out of memory, a native call that never returns — can end the REPL or
// the kernel.
//
// A Supervisor has the methods the front ends use of a *session.Session
// (Eval, Complete, Doc, Close). It starts the worker by re-executing the
// divergo binary with WorkerArg (a re-exec, not a fork: it works the same on
// Linux, macOS and Windows), talks to it over its standard input and output
// (see protocol.go), and keeps the cells that ran without error. When the
// worker dies in a cell, or does not stop within a second of an interrupt,
// the supervisor ends it, says in the cell's output what happened in plain
// words (see crash.go), starts a new worker and replays the earlier cells
// silently, in order, with a note: "session restored: 12 cells re-run in
// 0.3 s". Cells with effects outside the session (files, the clock,
// randomness, the network, shell commands) are named in that note.
package worker

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// WorkerArg is the first argument of a divergo process that is a worker.
const WorkerArg = "__worker"

// Grace is how long an interrupted cell has to stop before its worker is
// ended and the session restored.
const Grace = time.Second

// Options configure a Supervisor.
type Options struct {
	// Session configures the worker's session. Its Stdin, if not nil, is
	// read by the supervisor when the cell reads standard input.
	Session session.Options
	// MemoryLimit is the most memory the worker may use, in bytes; 0 means
	// DefaultMemoryLimit().
	MemoryLimit int64
	// Command returns the command that starts a worker; nil re-executes
	// the running binary with WorkerArg.
	Command func() *exec.Cmd
	// NoRestore leaves a dead worker's session unrestored until the next
	// request: for runs that stop at the first error (-e, FILE), where a
	// replay would only repeat the earlier cells' effects.
	NoRestore bool
}

// Supervisor is a session in a worker process. Its methods are safe for
// concurrent use and serialised.
type Supervisor struct {
	opts Options

	mu  sync.Mutex // held during each request
	w   *proc      // the running worker; nil until the first request after a death
	log []logged   // cells to replay: those that ran without error, and those that failed while they ran
	// lostCells are the interrupted cells that had begun to run: a restore
	// cannot replay them, and its note names them
	lostCells []string
	lost      string // why the last worker died between cells, said in the next cell

	// held are events that arrived while Complete or Doc waited for their
	// answer (a goroutine of an earlier cell printing): shown by the next
	// cell, as the session shows what goroutines print between cells.
	held []event

	replaying bool // reads of standard input get end of file

	lastCrash string    // the message of the last crash in a cell
	restored  time.Time // when the session was last restored after one
}

// ReplayLimit is the longest a restore may take: past it, the cells from
// the one replaying on are not restored, and the note says so. An
// interrupt during the replay stops it the same way.
const ReplayLimit = 30 * time.Second

// proc is one worker process.
type proc struct {
	cmd    *exec.Cmd
	enc    *gob.Encoder
	stdin  io.WriteCloser
	events chan event
	dead   chan struct{} // closed when the process has exited
	err    error         // its exit error, once dead
	stderr *tail         // the first and last of what it wrote to standard error
	start  time.Time

	overLimit atomic.Bool // ended by watchMemory
}

// New starts a worker and returns its supervisor.
func New(opts Options) (*Supervisor, error) {
	if opts.MemoryLimit <= 0 {
		opts.MemoryLimit = DefaultMemoryLimit()
	}
	s := &Supervisor{opts: opts}
	w, err := s.spawn()
	if err != nil {
		return nil, err
	}
	s.w = w
	return s, nil
}

// spawn starts a worker process and waits until its session is ready.
func (s *Supervisor) spawn() (*proc, error) {
	var cmd *exec.Cmd
	if s.opts.Command != nil {
		cmd = s.opts.Command()
	} else {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("starting the session's worker: %w", err)
		}
		cmd = exec.Command(exe, WorkerArg)
	}
	w := &proc{cmd: cmd, events: make(chan event, 64), dead: make(chan struct{}), stderr: &tail{max: 32 << 10}, start: time.Now()}
	cmd.Stderr = w.stderr
	if os.Getenv("DIVERGO_DEBUG") != "" {
		cmd.Stderr = io.MultiWriter(w.stderr, os.Stderr)
	}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting the session's worker: %w", err)
	}
	w.stdin, w.enc = stdin, gob.NewEncoder(stdin)
	go func() {
		dec := gob.NewDecoder(stdout)
		for {
			var e event
			if err := dec.Decode(&e); err != nil {
				break
			}
			w.events <- e
		}
		w.err = cmd.Wait()
		close(w.dead)
	}()
	watchMemory(w, s.opts.MemoryLimit)
	o := s.opts.Session
	start := request{Kind: reqStart, Options: options{
		Digits: o.Digits, Frontend: o.Frontend, Database: o.Database, SVG: o.SVG,
		InlineImages: o.InlineImages, HasStdin: o.Stdin != nil, MaxDepth: o.MaxDepth, MaxOutput: o.MaxOutput,
		MemoryLimit: s.opts.MemoryLimit,
	}}
	if err := w.enc.Encode(start); err != nil {
		w.kill()
		return nil, fmt.Errorf("starting the session's worker: %w", err)
	}
	select {
	case e := <-w.events:
		if e.Kind != evReady || e.Err != nil {
			w.kill()
			return nil, fmt.Errorf("starting the session's worker: %v", fromWire(e.Err))
		}
	case <-w.dead:
		return nil, fmt.Errorf("starting the session's worker: %v: %s", w.err, strings.TrimSpace(w.stderr.String()))
	}
	return w, nil
}

// kill ends the process and waits until it is gone.
func (w *proc) kill() {
	w.cmd.Process.Kill()
	w.stdin.Close()
	<-w.dead
}

// Close ends the worker.
func (s *Supervisor) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.w != nil {
		s.w.stdin.Close() // the worker exits when its input closes
		select {
		case <-s.w.dead:
		case <-time.After(2 * time.Second):
			s.w.kill()
		}
		s.w = nil
	}
	return nil
}

// Eval evaluates a cell in the worker, as session.Session.Eval does. If the
// worker dies in the cell, the cell's error says why in plain words and the
// session is restored before Eval returns.
func (s *Supervisor) Eval(ctx context.Context, cell string, out session.Output) (*display.Data, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if isReset(cell, s.opts.Session.Frontend) {
		// A fresh worker: every goroutine of the old session ends too.
		s.stop()
		s.log, s.lostCells = nil, nil
	}
	if err := s.ensure(out); err != nil {
		return nil, err
	}
	res, err, crash := s.eval(ctx, cell, out)
	if crash != "" {
		// The error says what happened, then how the session came back.
		s.stop()
		if s.opts.NoRestore {
			s.lost = "the session's worker had ended: " + firstLine(crash)
			return nil, &session.Error{Msg: crash}
		}
		if ctx.Err() != nil {
			ctx = context.Background() // the interrupt that ended the worker
		}
		msg := crash
		if crash == s.lastCrash && time.Since(s.restored) < 30*time.Second {
			// The replay itself may bring the crash back: a goroutine an
			// earlier cell started, running again.
			msg += "\nthe same crash came again soon after the last restore: a goroutine started by an earlier cell may cause it, and re-running the cells starts it again; .reset starts afresh"
		}
		s.lastCrash = crash
		note := s.restore(ctx)
		s.restored = time.Now()
		return nil, &session.Error{Msg: msg + "\n" + strings.TrimSuffix(note, "\n")}
	}
	if s.replayable(cell) {
		switch {
		case err == nil:
			s.log = append(s.log, logged{cell: cell})
		case failedRunning(err) && ctx.Err() != nil:
			// Interrupted: a replay could not stop where it stopped, so
			// what it did before is lost to a restore, which says so.
			s.lostCells = append(s.lostCells, summary(cell))
		case failedRunning(err):
			s.log = append(s.log, logged{cell: cell, failed: true})
		}
	}
	return res, err
}

// logged is a cell of the replay log. failed: the cell ended with an error
// after it had run some of its statements, whose effects the session keeps
// (`xs = append(xs, 1); fmt.Println(xs[5])` leaves xs appended to); a
// replay runs it again, up to the same error, which it then expects.
// Before, such a cell was left out of the log, and after a worker's death a
// restored session had silently lost what it did (xs was back to []).
type logged struct {
	cell   string
	failed bool
}

// failedRunning reports whether err is the error of a cell that failed
// while it ran (session.Error's Ran), not one the check refused before
// anything ran.
func failedRunning(err error) bool {
	var se *session.Error
	return errors.As(err, &se) && se.Ran
}

// eval runs one cell in the running worker. crash is set when the worker
// died or had to be ended: then res and err are nil.
func (s *Supervisor) eval(ctx context.Context, cell string, out session.Output) (res *display.Data, err error, crash string) {
	w := s.w
	for _, e := range s.held {
		s.show(w, e, out)
	}
	s.held = nil
	if err := w.enc.Encode(request{Kind: reqEval, Cell: cell}); err != nil {
		return nil, nil, s.deathMessage(w, false)
	}
	var grace <-chan time.Time
	interrupted := false
	done := ctx.Done()
	for {
		select {
		case e := <-w.events:
			if e.Kind == evDone {
				if e.Has {
					d := e.Data
					res = &d
				}
				return res, fromWire(e.Err), ""
			}
			s.show(w, e, out)
		case <-done:
			done = nil
			interrupted = true
			w.enc.Encode(request{Kind: reqInterrupt})
			grace = time.After(Grace)
		case <-grace:
			// The cell ignores the interrupt (a native call that blocks,
			// a deadlock): end the worker.
			w.kill()
			return nil, nil, "interrupted: the cell did not stop within " + Grace.String() + ", so its session was ended"
		case <-w.dead:
			// Events sent before the end still count.
			for {
				select {
				case e := <-w.events:
					if e.Kind == evStdout {
						out.Stdout(e.Text)
					} else if e.Kind == evStderr {
						out.Stderr(e.Text)
					}
					continue
				default:
				}
				break
			}
			return nil, nil, s.deathMessage(w, interrupted)
		}
	}
}

// show passes an event of a running cell to its output, or answers its
// read of standard input.
func (s *Supervisor) show(w *proc, e event, out session.Output) {
	switch e.Kind {
	case evStdout:
		out.Stdout(e.Text)
	case evStderr:
		out.Stderr(e.Text)
	case evDisplay:
		out.Display(e.Data)
	case evUpdate:
		out.Update(e.ID, e.Data)
	case evClear:
		out.Clear(e.Wait)
	case evRead:
		s.answerRead(w)
	}
}

// answerRead reads what the cell asked for from the session's Stdin.
func (s *Supervisor) answerRead(w *proc) {
	in := s.opts.Session.Stdin
	if in == nil || s.replaying {
		w.enc.Encode(request{Kind: reqInput, EOF: true})
		return
	}
	buf := make([]byte, 32<<10)
	n, err := in.Read(buf)
	w.enc.Encode(request{Kind: reqInput, Input: buf[:n], EOF: err != nil && n == 0})
}

// ensure starts a worker, and restores the session, if the last one died
// between cells.
func (s *Supervisor) ensure(out session.Output) error {
	if s.w != nil {
		select {
		case <-s.w.dead:
			s.lost = s.deathMessage(s.w, false)
			s.w = nil
		default:
			return nil
		}
	}
	if s.lost != "" {
		out.Stderr(s.lost + "\n")
		s.lost = ""
		out.Stderr(s.restore(context.Background()))
		if s.w != nil {
			return nil
		}
	}
	w, err := s.spawn()
	if err != nil {
		return err
	}
	s.w = w
	return nil
}

// stop ends the running worker, if any.
func (s *Supervisor) stop() {
	if s.w != nil {
		s.w.kill()
		s.w = nil
	}
}

// restore starts a new worker and replays the logged cells into it,
// silently, until ctx is cancelled or ReplayLimit passes; it returns the
// note that says so.
func (s *Supervisor) restore(ctx context.Context) string {
	t0 := time.Now()
	w, err := s.spawn()
	if err != nil {
		s.log, s.lostCells = nil, nil
		return fmt.Sprintf("the session could not be restored: %v\n", err)
	}
	s.w = w
	cells := s.log
	s.log = nil
	s.replaying = true
	defer func() { s.replaying = false }()
	ctx, cancel := context.WithTimeout(ctx, ReplayLimit)
	defer cancel()
	again := 0 // failed cells replayed up to their error again
	for i, l := range cells {
		cell := l.cell
		if ctx.Err() != nil {
			why := "interrupted"
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				why = "past the " + ReplayLimit.String() + " a restore may take"
			}
			return fmt.Sprintf("session restored in part: %d of %d cells re-run (%s); the cells from %q on were not\n",
				i, len(cells), why, summary(cell)) + sideEffectNote(cells[:i])
		}
		_, err, crash := s.eval(ctx, cell, discard{})
		if l.failed && crash == "" && err != nil && ctx.Err() == nil {
			// It failed the first time too, after running what it kept.
			again++
			s.log = append(s.log, l)
			continue
		}
		if crash != "" || err != nil {
			why := crash
			if err != nil {
				why = err.Error()
			}
			if crash != "" {
				s.stop()
				w, serr := s.spawn()
				if serr != nil {
					return fmt.Sprintf("the session could not be restored: %v\n", serr)
				}
				s.w = w
				s.log, s.lostCells = nil, nil
				return fmt.Sprintf("session restored empty: replaying cell %d of %d failed (%s)\n", i+1, len(cells), firstLine(why))
			}
			return fmt.Sprintf("session restored: %d of %d cells re-run in %s; cell %d failed this time (%s), so the cells from it on were not\n",
				i, len(cells), roundDuration(time.Since(t0)), i+1, firstLine(why)) + sideEffectNote(cells[:i])
		}
		s.log = append(s.log, l)
	}
	if len(cells) == 0 {
		return "session restored: a fresh session (no earlier cells to re-run)\n" + s.lostNote()
	}
	failing := ""
	if again > 0 {
		failing = fmt.Sprintf(" (%d of them up to the error that stopped %s the first time)", again, plural(again, "it", "them"))
	}
	return fmt.Sprintf("session restored: %d %s re-run in %s%s\n", len(cells), plural(len(cells), "cell", "cells"), roundDuration(time.Since(t0)), failing) + sideEffectNote(cells) + s.lostNote()
}

// lostNote names the interrupted cells whose effects a restore could not
// bring back, or is "".
func (s *Supervisor) lostNote() string {
	if len(s.lostCells) == 0 {
		return ""
	}
	return "not re-run, and what they did before they were interrupted is lost: " + strings.Join(s.lostCells, "; ") + "\n"
}

// Complete returns completions, as session.Session.Complete does.
func (s *Supervisor) Complete(text string, cursor int) (int, []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ensure(discard{}) != nil {
		return cursor, nil
	}
	w := s.w
	if w.enc.Encode(request{Kind: reqComplete, Text: text, Cursor: cursor}) != nil {
		return cursor, nil
	}
	for {
		select {
		case e := <-w.events:
			if e.Kind == evComplete {
				return e.Start, e.Candidates
			}
			s.held = append(s.held, e)
		case <-w.dead:
			return cursor, nil
		}
	}
}

// Doc returns the documentation of a name, as session.Session.Doc does.
func (s *Supervisor) Doc(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.ensure(discard{}); err != nil {
		return "", err
	}
	w := s.w
	if err := w.enc.Encode(request{Kind: reqDoc, Name: name}); err != nil {
		return "", errors.New("the session's worker is gone")
	}
	for {
		select {
		case e := <-w.events:
			if e.Kind == evDoc {
				return e.Text, fromWire(e.Err)
			}
			s.held = append(s.held, e)
		case <-w.dead:
			return "", errors.New("the session's worker is gone")
		}
	}
}

// discard is an Output that shows nothing: replayed cells.
type discard struct{}

func (discard) Stdout(string)               {}
func (discard) Stderr(string)               {}
func (discard) Display(display.Data)        {}
func (discard) Update(string, display.Data) {}
func (discard) Clear(bool)                  {}

// tail keeps the first and the last max bytes written to it: a Go
// runtime's fatal error starts with its reason and can go on for pages.
type tail struct {
	mu         sync.Mutex
	max        int
	head, last []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := min(t.max-len(t.head), len(p)); n > 0 {
		t.head = append(t.head, p[:n]...)
	}
	t.last = append(t.last, p...)
	if len(t.last) > t.max {
		t.last = append([]byte(nil), t.last[len(t.last)-t.max:]...)
	}
	return len(p), nil
}

// String is the head, then the last part if it is not all in the head.
func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if bytes.Equal(t.head, t.last) {
		return string(t.head)
	}
	return string(t.head) + "\n…\n" + string(t.last)
}
