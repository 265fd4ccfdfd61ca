// Package render is the last stage of a cell (see package session): it
// turns a value into what a front end shows — a display.Table for slices of
// structs, maps, matrices, grids, long slices of numbers and builtins
// breakdowns (TableOf, BreakdownBundle), and a short text of a value that
// would print long (LongValueText). Its loops stop when the cell is
// interrupted (ErrStopped). It imports nothing of the session.
package render
