package run

import (
	"context"
	"fmt"
	"sync/atomic"
)

// DepthCounter counts the nested calls of cell functions in progress. The
// count is of all goroutines together: a goroutine's own depth is not
// visible to the interpreter's native helpers.
//
// Past the limit, the running cell is stopped as an interrupt stops it,
// not by a panic: yaegi v0.16.1 recovers and re-panics in every
// interpreted frame a panic crosses, which takes time in the square of the
// depth (measured: 0.13 s through 1,000 frames, 3.4 s through 8,000, about
// 8 minutes through 100,000). Stopping makes every frame return at once.
//
// Each function holds the generation its call began in: a stopped cell's
// frames go on returning in the background after Eval has returned, and
// their Leave must not count against the next cell's, which starts a new
// generation at zero.
type DepthCounter struct {
	n     atomic.Int64
	gen   atomic.Int64
	Limit int64

	stop     atomic.Pointer[context.CancelFunc] // stops the running cell; nil between cells
	exceeded atomic.Pointer[string]             // the error of the cell stopped by the limit
}

// Enter is called first in an instrumented function. Past the limit it
// stops the running cell, which then fails with the message kept in
// exceeded; between cells (in a goroutine of an earlier cell) it panics.
func (d *DepthCounter) Enter(name string) int64 {
	gen := d.gen.Load()
	if n := d.n.Add(1); n > d.Limit {
		d.n.Add(-1)
		msg := fmt.Sprintf("stack overflow: %s nested more than %d calls deep (a function that calls itself without end?); --max-depth or DIVERGO_MAX_DEPTH changes the limit", name, d.Limit)
		if stop := d.stop.Load(); stop != nil {
			d.exceeded.CompareAndSwap(nil, &msg)
			(*stop)()
			return gen
		}
		panic(PlainError(msg))
	}
	return gen
}

// StopCell stops the running cell, which then fails with msg (for the
// deadlock check); it does nothing between cells.
func (d *DepthCounter) StopCell(msg string) {
	if stop := d.stop.Load(); stop != nil {
		d.exceeded.CompareAndSwap(nil, &msg)
		(*stop)()
	}
}

// Running sets the function that stops the running cell (nil: none runs)
// and clears the last cell's error.
func (d *DepthCounter) Running(stop context.CancelFunc) {
	if stop == nil {
		d.stop.Store(nil)
		return
	}
	d.exceeded.Store(nil)
	d.stop.Store(&stop)
}

// Err is the error of a cell stopped by the limit, or "".
func (d *DepthCounter) Err() string {
	if m := d.exceeded.Load(); m != nil {
		return *m
	}
	return ""
}

// Leave is deferred by an instrumented function, with the generation its
// Enter returned.
func (d *DepthCounter) Leave(gen int64) {
	if d.gen.Load() == gen {
		d.n.Add(-1)
	}
}

// Restart begins a new generation at depth zero: after a cell was stopped,
// when every interpreted frame is returning.
func (d *DepthCounter) Restart() {
	d.gen.Add(1)
	d.n.Store(0)
}

// PlainError is an error of the session's helpers: shown as it is, without
// "panic: ".
type PlainError string

func (e PlainError) Error() string { return string(e) }
