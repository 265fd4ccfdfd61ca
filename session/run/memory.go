package run

import (
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// yaegi v0.16.1 appends the root of every source it compiles to
// Interpreter.roots, a list only its debugger reads, and never lets go of
// it: the whole AST of every cell (about 4.5 KB for `1 + 2`) stays on the
// heap for the life of the session. releaseRoots empties that list after
// each cell. Nodes still in use — functions, types and variables the cells
// declared — are referenced from the interpreter's scopes and stay; the
// rest can be collected. Measured over 10,000 cells: `1 + 2` kept 5.3 KB
// of heap per cell before, 0.9 KB after; `v7 := 7 * 2` 3.6 KB before, 0.9
// KB after (TestHeapPerCell logs it). .reset gives all of it back.
//
// What remains per cell is yaegi's global frame: every top-level statement
// adds at least one slot to it, and Execute copies the whole frame into a
// new slice whenever it grows (interp.resizeFrame), so a cell's cost grows
// with the number of cells before it (mostly the copy and the garbage
// collector's work on it: 77 µs for a trivial cell at first, about 290 µs
// after 10,000 cells).
// That is not reachable from outside yaegi (the copy happens inside
// Execute, whatever the slice's capacity); .reset starts afresh. A one-line
// change in yaegi (grow the frame with append) would remove it.
//
// If a later yaegi changes the field, releaseRoots does nothing (and
// TestReleaseRoots says so).
func ReleaseRoots(in *interp.Interpreter) bool {
	if in == nil {
		return false
	}
	f := reflect.ValueOf(in).Elem().FieldByName("roots")
	if !f.IsValid() || f.Kind() != reflect.Slice || !f.CanAddr() {
		return false
	}
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetZero()
	return true
}
