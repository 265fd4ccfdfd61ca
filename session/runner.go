package session

import "github.com/divergo/divergo/session/run"

// watchDeadlock checks the running cell for a deadlock every half second
// until done is closed, and stops it with deadlockMsg when it finds one
// twice in a row.
func (s *Session) watchDeadlock(done <-chan struct{}) {
	if run.WatchDeadlock(&s.timers, done) {
		s.depth.StopCell(run.DeadlockMsg)
	}
}
