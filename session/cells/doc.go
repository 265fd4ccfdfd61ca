// Package cells is the first stage of a cell (see package session): it
// splits a file into cells (SplitCells, JoinCells), classifies a cell — a
// command, a shell line, a cell magic, SQL or Go (CommandText, ShellCell,
// CellMagic, IsSQL) — answers whether it is complete (IsComplete), and
// parses Go into top-level chunks (Parse) with the Editor that the later
// stages' rewrites write into. It imports nothing of the session.
package cells
