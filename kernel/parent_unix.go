//go:build unix

package kernel

import (
	"errors"
	"os"
	"syscall"
)

// reparented reports whether the process has another parent than ppid:
// a Unix orphan is given to init or a subreaper, so the parent died.
// A process started by init (ppid 1) is never seen as orphaned.
func reparented(ppid int) bool {
	return ppid > 1 && os.Getppid() != ppid
}

// processAlive reports whether process pid exists (a signal 0 reaches it,
// or is refused for permission only).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
