//go:build windows

package kernel

import "syscall"

// reparented reports whether the parent, ppid, has exited (Windows keeps
// a process's parent id after the parent exits).
func reparented(ppid int) bool {
	return ppid > 0 && !processAlive(ppid)
}

// stillActive is GetExitCodeProcess's code for a running process.
const stillActive = 259

// processAlive reports whether process pid is still running.
func processAlive(pid int) bool {
	h, err := syscall.OpenProcess(syscall.PROCESS_QUERY_INFORMATION, false, uint32(pid))
	if err != nil {
		return err == syscall.ERROR_ACCESS_DENIED
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == stillActive
}
