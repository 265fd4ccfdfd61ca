package worker

// This file implements the worker's side: a session.Session driven by the
// requests read from standard input.

import (
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"time"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session"
)

// Main is the worker process's main function (`divergo` re-executed with
// WorkerArg): it serves requests from standard input, writes events to
// standard output, and returns the process's exit status. Anything else
// the process writes to os.Stdout goes to standard error instead, where the
// supervisor reads it. When standard input closes — the front end is gone —
// the worker exits at once, whatever the cell is doing.
func Main() int {
	// Ctrl-C in a terminal, and Jupyter's interrupt, signal the whole
	// process group: the front end interrupts the cell through the
	// protocol instead.
	signal.Ignore(os.Interrupt)
	proto := os.Stdout
	os.Stdout = os.Stderr
	if err := serve(os.Stdin, proto); err != nil {
		fmt.Fprintf(os.Stderr, "divergo worker: %v\n", err)
		return 1
	}
	return 0
}

// ignoreInterrupts is set by this package's tests only: a worker that
// does not stop when interrupted.
var ignoreInterrupts bool

// server is the worker's state.
type server struct {
	encMu sync.Mutex
	enc   *gob.Encoder

	mu     sync.Mutex
	cancel context.CancelFunc // the running cell's; nil between cells

	input chan request // answers to evRead

	idle *time.Timer // returns memory to the system when no cell runs
}

// trimWhenIdle returns the memory the session no longer uses to the
// system once no request has come for IdleTrim: a garbage collection and
// a scavenge cost milliseconds, too much after every cell of a script.
func (s *server) trimWhenIdle() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.idle != nil {
		s.idle.Stop()
	}
	s.idle = time.AfterFunc(IdleTrim, func() {
		s.mu.Lock()
		busy := s.cancel != nil
		s.mu.Unlock()
		if !busy {
			debug.FreeOSMemory()
		}
	})
}

// IdleTrim is how long the worker waits, idle, before it returns unused
// memory to the system.
const IdleTrim = 300 * time.Millisecond

func (s *server) send(e event) {
	s.encMu.Lock()
	defer s.encMu.Unlock()
	if err := s.enc.Encode(e); err != nil {
		// The supervisor is gone: nothing is left to do.
		os.Exit(0)
	}
}

func serve(in io.Reader, out io.Writer) error {
	dec := gob.NewDecoder(in)
	s := &server{enc: gob.NewEncoder(out), input: make(chan request, 1)}
	var first request
	if err := dec.Decode(&first); err != nil {
		return fmt.Errorf("reading the start request: %w", err)
	}
	if first.Kind != reqStart {
		return fmt.Errorf("first request is %q, not %q", first.Kind, reqStart)
	}
	o := first.Options
	applyMemoryLimit(o.MemoryLimit)
	opts := session.Options{
		Digits:       o.Digits,
		Frontend:     o.Frontend,
		Database:     o.Database,
		SVG:          o.SVG,
		InlineImages: o.InlineImages,
		MaxDepth:     o.MaxDepth,
		MaxOutput:    o.MaxOutput,
	}
	var stdin *stdinReader
	if o.HasStdin {
		stdin = &stdinReader{s: s}
		opts.Stdin = stdin
	}
	sess, err := session.New(opts)
	if err != nil {
		s.send(event{Kind: evReady, Err: toWire(err)})
		return err
	}
	defer sess.Close()
	s.send(event{Kind: evReady})

	work := make(chan request)
	go func() {
		for {
			var r request
			if err := dec.Decode(&r); err != nil {
				os.Exit(0) // the supervisor is gone
			}
			switch r.Kind {
			case reqInterrupt:
				s.mu.Lock()
				if s.cancel != nil && !ignoreInterrupts {
					s.cancel()
				}
				s.mu.Unlock()
			case reqInput:
				// The answer to an evRead: its reader waits for it, or is
				// about to (the buffer holds it until then).
				s.input <- r
			default:
				work <- r
			}
		}
	}()
	for r := range work {
		switch r.Kind {
		case reqEval:
			if stdin != nil {
				// Each cell may ask again: in the kernel, an end of input
				// (no client to ask, an interrupted read) is the cell's.
				// (A goroutine of an earlier cell blocked in Read holds
				// the lock: then leave it.)
				if stdin.mu.TryLock() {
					stdin.eof = false
					stdin.mu.Unlock()
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			s.mu.Lock()
			s.cancel = cancel
			s.mu.Unlock()
			res, err := sess.Eval(ctx, r.Cell, output{s})
			s.mu.Lock()
			s.cancel = nil
			s.mu.Unlock()
			cancel()
			e := event{Kind: evDone, Err: toWire(err)}
			if res != nil {
				e.Has, e.Data = true, wireData(*res)
			}
			s.send(e)
			s.trimWhenIdle()
		case reqComplete:
			start, cands := sess.Complete(r.Text, r.Cursor)
			s.send(event{Kind: evComplete, Start: start, Candidates: cands})
		case reqDoc:
			doc, err := sess.Doc(r.Name)
			s.send(event{Kind: evDoc, Text: doc, Err: toWire(err)})
		}
	}
	return nil
}

// output sends what a cell shows to the supervisor.
type output struct{ s *server }

func (o output) Stdout(text string)     { o.s.send(event{Kind: evStdout, Text: text}) }
func (o output) Stderr(text string)     { o.s.send(event{Kind: evStderr, Text: text}) }
func (o output) Display(d display.Data) { o.s.send(event{Kind: evDisplay, Data: wireData(d)}) }
func (o output) Update(id string, d display.Data) {
	o.s.send(event{Kind: evUpdate, ID: id, Data: wireData(d)})
}
func (o output) Clear(wait bool) { o.s.send(event{Kind: evClear, Wait: wait}) }

// stdinReader is the standard input of interpreted code: each Read asks
// the supervisor for input.
type stdinReader struct {
	s   *server
	mu  sync.Mutex
	buf []byte
	eof bool
}

func (r *stdinReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for len(r.buf) == 0 {
		if r.eof {
			return 0, io.EOF
		}
		r.s.send(event{Kind: evRead})
		in := <-r.s.input
		r.buf = append(r.buf, in.Input...)
		r.eof = in.EOF
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}
