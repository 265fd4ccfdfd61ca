//go:build unix

package kernel

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestParentDeath starts `divergo kernel` from a shell, as Jupyter starts
// it, kills the shell, and expects the kernel to leave: through the
// parent-death signal (Linux) or the polling of its parent, with
// JPY_PARENT_PID naming the shell or not; and, when JPY_PARENT_PID names
// another process (the kernel started through a wrapper), when that
// process dies.
func TestParentDeath(t *testing.T) {
	bin := buildDivergo(t)
	for _, c := range []struct {
		name string
		jpy  string // JPY_PARENT_PID: "shell", "other" (a process killed instead of the shell) or ""
	}{{"JPY_PARENT_PID", "shell"}, {"no JPY_PARENT_PID", ""}, {"JPY_PARENT_PID another process", "other"}} {
		t.Run(c.name, func(t *testing.T) {
			info, file := testConnection(t)
			logFile := filepath.Join(t.TempDir(), "kernel.log")
			script := `"$0" kernel "$1" >/dev/null 2>"$2" & echo $!; wait`
			var env []string
			for _, e := range os.Environ() {
				if !strings.HasPrefix(e, "JPY_PARENT_PID=") {
					env = append(env, e)
				}
			}
			var other *exec.Cmd
			switch c.jpy {
			case "shell":
				script = "JPY_PARENT_PID=$$ " + script
			case "other":
				other = exec.Command("sleep", "60")
				if err := other.Start(); err != nil {
					t.Fatal(err)
				}
				defer func() { other.Process.Kill(); other.Wait() }()
				env = append(env, "JPY_PARENT_PID="+strconv.Itoa(other.Process.Pid))
			}
			sh := exec.Command("/bin/sh", "-c", script, bin, file, logFile)
			sh.Env = env
			out, err := sh.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := sh.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() { sh.Process.Kill(); sh.Wait() }()
			line, err := bufio.NewReader(out).ReadString('\n')
			pid, perr := strconv.Atoi(strings.TrimSpace(line))
			if err != nil || perr != nil {
				t.Fatalf("the shell printed %q (%v, %v), not the kernel's pid", line, err, perr)
			}
			kernel, _ := os.FindProcess(pid)
			defer kernel.Kill() // should it survive, do not leave it behind
			// The kernel is up (and watching its parent) once it answers.
			cl := dial(t, info)
			id := cl.send(cl.shell, "kernel_info_request", map[string]any{})
			if rep := cl.reply(id); rep.Header.MsgType != "kernel_info_reply" {
				t.Fatalf("reply %q", rep.Header.MsgType)
			}
			parent := sh
			if other != nil {
				parent = other
			}
			killed := time.Now()
			if err := parent.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			parent.Wait() // reaped: no zombie answers for it
			for !processGone(pid) {
				if time.Since(killed) > 15*time.Second {
					log, _ := os.ReadFile(logFile)
					t.Fatalf("divergo kernel (pid %d) still running 15 s after its parent was killed; its stderr:\n%s", pid, log)
				}
				time.Sleep(50 * time.Millisecond)
			}
			log, _ := os.ReadFile(logFile)
			t.Logf("kernel gone %v after its parent; its stderr: %s", time.Since(killed).Round(time.Millisecond), strings.TrimSpace(string(log)))
			if !strings.Contains(string(log), "is gone; exiting") {
				t.Errorf("the kernel did not say why it left; its stderr:\n%s", log)
			}
		})
	}
}

// processGone reports whether process pid has ended: no such process, or
// a zombie that its new parent (init) has not reaped yet.
func processGone(pid int) bool {
	if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
		return true
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// pid (comm) S …: the state follows the last ')'.
	s := string(stat)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) {
		return s[i+2] == 'Z' || s[i+2] == 'X'
	}
	return false
}
