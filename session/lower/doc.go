// Package lower is the stage between the type checker (package check) and
// the interpreter (see package session): each of its Passes rewrites, in the
// cell's Editor, one construct that yaegi v0.16.1 cannot run as Go does —
// range over an integer (Range), loop variables per iteration (LoopVars),
// min and max with literal arguments (MinMax), untyped float constants of
// native packages (NativeFloat), display.Any (DisplayAny), go statements
// (Go), parallel assignments (ParallelAssign), deferred calls' arguments
// (Defer) and defines inside compound statements (BlockDefine). It imports
// nothing of the session.
package lower
