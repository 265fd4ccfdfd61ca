//go:build linux

package kernel

import (
	"os"
	"os/signal"
	"syscall"
)

// parentDeathSignal is what Linux sends the kernel when its parent dies
// (prctl PR_SET_PDEATHSIG). Linux sends it when the thread that started
// the kernel ends, which may be before its process does, so the kernel
// checks the parent again when the signal comes rather than dying of it.
const parentDeathSignal = syscall.SIGUSR2

// notifyDeath asks Linux for parentDeathSignal when the parent dies.
func (w *parentWatch) notifyDeath() {
	if w.ppid <= 1 {
		return
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, parentDeathSignal)
	if _, _, errno := syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_SET_PDEATHSIG, uintptr(parentDeathSignal), 0); errno != 0 {
		signal.Stop(sigs)
		return // the polling remains
	}
	go func() {
		for range sigs {
			if why := w.check(); why != "" {
				w.signal(why)
				return
			}
		}
	}()
}
