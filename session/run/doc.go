// Package run holds what watches a cell while it runs on the interpreter
// (see package session): the recursion limit's counter (DepthCounter), the
// deadlock check (WatchDeadlock, DeadlockWatch) and the timers it knows of,
// os.Exit and log.Fatal as the cell's *ExitError (ExitSymbols, ExitLog),
// the release of yaegi's kept ASTs (ReleaseRoots) and PlainError, the panic
// of the session's helpers. It imports nothing of the session.
package run
