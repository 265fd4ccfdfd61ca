package run

// This file implements the deadlock check: a cell whose goroutines all
// wait on each other ends as Go ends such a program — "all goroutines are
// asleep - deadlock!" — instead of waiting for an interrupt that a run of
// `divergo -e` or FILE never gets. Go's own check cannot see it here: the
// session's process always has a goroutine waiting for input (the
// worker's requests, the REPL's keys).
//
// The check is conservative: it names a deadlock only when it is sure.
// Twice, a second apart, every goroutine but the session's own must wait
// in a channel operation, a select or a sync lock; none may be running,
// sleeping or in a system call or I/O (which can wake the others); and no
// timer a cell made can fire any more. Timers are seen through the
// functions that make them (time.After, time.AfterFunc,
// context.WithTimeout, context.WithDeadline: their deadlines are known);
// after time.NewTimer, time.Tick or time.NewTicker, whose timers a cell can
// reset or that never stop, the session stops checking.

import (
	"bytes"
	"context"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/traefik/yaegi/interp"
)

// DeadlockMsg is the error of a cell stopped by the check.
const DeadlockMsg = "all goroutines are asleep - deadlock! (every goroutine of the cell waits on a channel or a lock that nothing can release)"

// TimerWatch knows the timers cells made.
type TimerWatch struct {
	until   atomic.Int64 // the latest deadline of a known timer, in Unix nanoseconds
	unknown atomic.Bool  // a timer whose end cannot be known was made
}

func (w *TimerWatch) after(d time.Duration) {
	w.deadline(time.Now().Add(d))
}

func (w *TimerWatch) deadline(t time.Time) {
	n := t.UnixNano()
	for {
		old := w.until.Load()
		if n <= old || w.until.CompareAndSwap(old, n) {
			return
		}
	}
}

// pending reports whether a timer a cell made may still fire.
func (w *TimerWatch) pending() bool {
	return w.unknown.Load() || time.Now().UnixNano() <= w.until.Load()+int64(100*time.Millisecond)
}

// WatchTimers wraps the functions of time and context that make timers,
// so that w knows them.
func (w *TimerWatch) WatchTimers(std interp.Exports) {
	t := map[string]reflect.Value{}
	for k, v := range std["time/time"] {
		t[k] = v
	}
	if af, ok := t["AfterFunc"].Interface().(func(time.Duration, func()) *time.Timer); ok {
		t["AfterFunc"] = reflect.ValueOf(func(d time.Duration, f func()) *time.Timer {
			w.after(d)
			return af(d, f)
		})
	}
	t["After"] = reflect.ValueOf(func(d time.Duration) <-chan time.Time { w.after(d); return time.After(d) })
	t["NewTimer"] = reflect.ValueOf(func(d time.Duration) *time.Timer { w.unknown.Store(true); return time.NewTimer(d) })
	t["Tick"] = reflect.ValueOf(func(d time.Duration) <-chan time.Time { w.unknown.Store(true); return time.Tick(d) })
	t["NewTicker"] = reflect.ValueOf(func(d time.Duration) *time.Ticker { w.unknown.Store(true); return time.NewTicker(d) })
	std["time/time"] = t

	c := map[string]reflect.Value{}
	for k, v := range std["context/context"] {
		c[k] = v
	}
	c["WithTimeout"] = reflect.ValueOf(func(parent context.Context, d time.Duration) (context.Context, context.CancelFunc) {
		w.after(d)
		return context.WithTimeout(parent, d)
	})
	c["WithDeadline"] = reflect.ValueOf(func(parent context.Context, t time.Time) (context.Context, context.CancelFunc) {
		w.deadline(t)
		return context.WithDeadline(parent, t)
	})
	std["context/context"] = c
}

// DeadlockWatch is the deadlock check for a whole program (package gorun,
// `divergo run`), where Go's own check cannot see either: the interpreter
// waits on channels with a select of its own.
type DeadlockWatch struct{ timers TimerWatch }

// NewDeadlockWatch wraps the timer functions of std (before the
// interpreter uses it), so that the watch knows the program's timers.
func NewDeadlockWatch(std interp.Exports) *DeadlockWatch {
	w := &DeadlockWatch{}
	w.timers.WatchTimers(std)
	return w
}

// Wait returns when every goroutine of the program waits on another, as
// Go's runtime would find: the caller then ends the program as Go does.
func (w *DeadlockWatch) Wait() { WatchDeadlock(&w.timers, nil) }

// WatchDeadlock looks every half second until done is closed (false), or
// until it finds a deadlock twice in a row (true).
func WatchDeadlock(timers *TimerWatch, done <-chan struct{}) bool {
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	seen := 0
	buf := make([]byte, 1<<20)
	last := cpuTime()
	for {
		select {
		case <-done:
			return false
		case <-tick.C:
		}
		// A process that computes is not deadlocked: a dump of every
		// goroutine stops the world and walks each stack (a deep recursion
		// took seconds), so take one only when the process is idle.
		now := cpuTime()
		busy := now-last > 25*time.Millisecond
		last = now
		if busy || timers.pending() {
			seen = 0
			continue
		}
		n := runtime.Stack(buf, true)
		if n == len(buf) { // too many goroutines to judge
			seen = 0
			continue
		}
		if !Deadlocked(buf[:n]) {
			seen = 0
			continue
		}
		if seen++; seen >= 2 {
			return true
		}
	}
}

// blockedStates are the goroutine states of a wait that only another
// goroutine can end.
var blockedStates = map[string]bool{
	"chan send": true, "chan receive": true, "chan send (nil chan)": true, "chan receive (nil chan)": true,
	"select": true, "select (no cases)": true, "sync.Mutex.Lock": true, "sync.RWMutex.Lock": true,
	"sync.RWMutex.RLock": true, "sync.WaitGroup.Wait": true, "sync.Cond.Wait": true, "semacquire": true,
}

// ownFrames mark the session's own goroutines, which are not the cell's:
// the one running Eval (waiting for the interpreter), the watcher, the
// worker's request reader (in I/O: it would hide every deadlock), a
// test's. Any other goroutine counts: a front end's own, in the same
// process, waits in I/O, so the check never names a deadlock there.
var ownFrames = []string{
	"divergo/session/run.WatchDeadlock(",
	"yaegi/interp.(*Interpreter).ExecuteWithContext(",
	"divergo/worker.",
	"testing.",
}

// inputFrames mark a goroutine that waits for input through the worker
// (standard input crosses the process boundary on a channel): it waits for
// I/O, which can wake the others.
var inputFrames = []string{"divergo/worker.(*stdinReader).Read"}

// Deadlocked reads a dump of every goroutine (runtime.Stack) and reports
// whether the interpreted goroutines all wait on each other: at least one
// goroutine runs interpreted code, and every goroutine not the session's
// own waits in a channel operation, select or lock.
func Deadlocked(dump []byte) bool {
	cell := 0
	for _, g := range bytes.Split(dump, []byte("\n\n")) {
		text := string(g)
		header, frames, _ := strings.Cut(text, "\n")
		if !strings.HasPrefix(header, "goroutine ") {
			continue
		}
		for _, f := range inputFrames {
			if strings.Contains(frames, f) {
				return false
			}
		}
		own := false
		for _, f := range ownFrames {
			if strings.Contains(frames, f) {
				own = true
				break
			}
		}
		if own {
			continue
		}
		i, j := strings.IndexByte(header, '['), strings.LastIndexByte(header, ']')
		if i < 0 || j < i {
			return false
		}
		state, _, _ := strings.Cut(header[i+1:j], ",")
		if !blockedStates[state] {
			return false
		}
		if strings.Contains(frames, "yaegi/interp.") {
			cell++
		}
	}
	return cell > 0
}
