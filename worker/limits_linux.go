package worker

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// totalMemory is the machine's memory in bytes, or 0 if unknown.
func totalMemory() int64 {
	var info syscall.Sysinfo_t
	if syscall.Sysinfo(&info) != nil {
		return 0
	}
	return int64(info.Totalram) * int64(info.Unit)
}

// limitAddressSpace sets RLIMIT_AS of this process.
func limitAddressSpace(n int64) {
	var cur syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &cur) == nil && cur.Max < uint64(n) {
		n = int64(cur.Max)
	}
	syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: uint64(n), Max: uint64(n)})
}

// watchMemory ends worker w when its resident memory passes limit,
// checking ten times a second until it exits.
func watchMemory(w *proc, limit int64) {
	pid := w.cmd.Process.Pid
	page := int64(os.Getpagesize())
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		path := "/proc/" + strconv.Itoa(pid) + "/statm"
		for {
			select {
			case <-w.dead:
				return
			case <-t.C:
			}
			b, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			f := strings.Fields(string(b))
			if len(f) < 2 {
				continue
			}
			rss, _ := strconv.ParseInt(f[1], 10, 64)
			if rss*page > limit {
				w.overLimit.Store(true)
				w.cmd.Process.Kill()
				return
			}
		}
	}()
}
