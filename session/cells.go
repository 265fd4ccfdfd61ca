package session

import "github.com/divergo/divergo/session/cells"

// The first stage of a cell, package cells (split, classify, parse), under
// the names the front ends use.

// Completeness says whether a cell can run as it is.
type Completeness = cells.Completeness

const (
	Complete   = cells.Complete   // the cell parses: run it
	Incomplete = cells.Incomplete // the cell stops early: read another line
	Invalid    = cells.Invalid    // the cell has an error more lines cannot fix: run it to report the error
)

// IsComplete answers whether a cell is complete Go, a start of Go that more
// lines may complete, or invalid (see cells.IsComplete).
func IsComplete(cell string) Completeness { return cells.IsComplete(cell) }

// IsSQL reports whether a cell is SQL rather than Go (for package worker,
// which does not replay SQL cells into a database file that kept them).
func IsSQL(cell string) bool { return cells.IsSQL(cell) }

// A FileCell is a cell of a file and the line it starts on (1-based).
type FileCell = cells.FileCell

// SplitCells splits a file of cells as .read does (see cells.SplitCells).
func SplitCells(src string) []FileCell { return cells.SplitCells(src) }

// JoinCells writes cells as a file that runs back as they did (see
// cells.JoinCells).
func JoinCells(cs []string) string { return cells.JoinCells(cs) }
