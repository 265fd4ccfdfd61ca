package kernel

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// parentPoll is how often WatchParent looks whether the parent is alive.
const parentPoll = time.Second

// WatchParent makes the kernel process leave when the process that started
// it is gone, as ipykernel does, so that a kernel whose Jupyter server died
// (killed, crashed) does not run on for good. It calls stop (which should
// end the kernel: Kernel.Close, after which Kernel.Wait returns), and, should
// the process still be running 3 s later, exits with status 1.
//
// The parent is the process that started the kernel (os.Getppid when
// WatchParent is called) and, when Jupyter names it in JPY_PARENT_PID, that
// process too (the kernel may be started through a wrapper). Every second
// the kernel looks whether it has been given another parent (the parent
// died: Unix gives its orphans to init or a subreaper) and whether the
// JPY_PARENT_PID process is still alive; on Windows, whether either process
// is still running. On Linux the kernel also asks for a signal when its
// parent dies (prctl PR_SET_PDEATHSIG), and leaves at once.
func WatchParent(stop func()) {
	ppid := os.Getppid()
	jpy, _ := strconv.Atoi(os.Getenv("JPY_PARENT_PID"))
	w := &parentWatch{ppid: ppid, jpy: jpy, gone: make(chan string, 1)}
	w.notifyDeath()
	go w.poll()
	go func() {
		why := <-w.gone
		fmt.Fprintf(os.Stderr, "divergo kernel: %s; exiting\n", why)
		time.AfterFunc(3*time.Second, func() { os.Exit(1) })
		stop()
	}()
}

type parentWatch struct {
	ppid int         // the parent when the watch started
	jpy  int         // JPY_PARENT_PID, 0 when unset
	gone chan string // why the parent is gone (buffered: the first reason wins)
}

// check reports why the parent is gone, or "".
func (w *parentWatch) check() string {
	if reparented(w.ppid) {
		return fmt.Sprintf("the parent process %d is gone", w.ppid)
	}
	// JPY_PARENT_PID the same as the parent is covered by reparented.
	if w.jpy > 0 && w.jpy != w.ppid && w.jpy != os.Getpid() && !processAlive(w.jpy) {
		return fmt.Sprintf("the parent process %d (JPY_PARENT_PID) is gone", w.jpy)
	}
	return ""
}

// signal sends why the parent is gone, once.
func (w *parentWatch) signal(why string) {
	select {
	case w.gone <- why:
	default:
	}
}

func (w *parentWatch) poll() {
	for {
		if why := w.check(); why != "" {
			w.signal(why)
			return
		}
		time.Sleep(parentPoll)
	}
}
