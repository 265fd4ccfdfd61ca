package session

import (
	"github.com/traefik/yaegi/interp"

	"github.com/divergo/divergo/session/run"
)

// The running stage's names (package run) that the front ends use.

// ExitError is the error of a cell that called os.Exit or log.Fatal (see
// run.ExitError); errors.As finds it in Eval's error.
type ExitError = run.ExitError

// DeadlockWatch is the deadlock check for a whole program (package gorun,
// `divergo run`; see run.DeadlockWatch).
type DeadlockWatch = run.DeadlockWatch

// NewDeadlockWatch wraps the timer functions of std (before the
// interpreter uses it), so that the watch knows the program's timers.
func NewDeadlockWatch(std interp.Exports) *DeadlockWatch { return run.NewDeadlockWatch(std) }
