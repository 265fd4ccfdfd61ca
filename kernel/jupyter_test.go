package kernel

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

// buildDivergo builds the divergo command once for the package's tests
// and returns its path.
func buildDivergo(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			buildErr = err
			return
		}
		if buildDir, buildErr = os.MkdirTemp("", "divergo-kernel-test"); buildErr != nil {
			return
		}
		build := exec.Command(goTool, "build", "-o", filepath.Join(buildDir, "divergo"), "github.com/divergo/divergo")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(buildDir, "divergo")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// TestProcess runs `divergo kernel CONNECTION_FILE` as Jupyter would and
// drives it with the test client: the time from starting the process to
// the first kernel_info reply, SIGINT interrupting a cell with its
// variables kept, and shutdown_request ending the process.
func TestProcess(t *testing.T) {
	bin := buildDivergo(t)
	info, file := testConnection(t)
	start := time.Now()
	cmd := exec.Command(bin, "kernel", file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	}()
	c := dial(t, info)
	id := c.send(c.shell, "kernel_info_request", map[string]any{})
	if rep := c.reply(id); rep.Header.MsgType != "kernel_info_reply" {
		t.Fatalf("reply %q", rep.Header.MsgType)
	}
	t.Logf("process start to first kernel_info reply: %v", time.Since(start))
	for !c.waitStatus(c.send(c.shell, "kernel_info_request", map[string]any{}), "idle", 200*time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatal("no iopub status after 10 s")
		}
	}
	if rep, _ := c.execute("x := 7"); rep["status"] != "ok" {
		t.Fatalf("x := 7: %v", rep)
	}
	id = c.send(c.shell, "execute_request", map[string]any{"code": "for {}", "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
	if !c.waitStatus(id, "busy", 10*time.Second) {
		t.Fatal("for {} never started")
	}
	time.Sleep(100 * time.Millisecond)
	sent := time.Now()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if r := content(t, c.reply(id)); r["status"] != "error" {
		t.Errorf("after SIGINT: %v", r)
	}
	t.Logf("SIGINT delay: %v", time.Since(sent))
	rep, pub := c.execute("x")
	if m := find(pub, "execute_result"); rep["status"] != "ok" || m == nil || !strings.Contains(string(m.Content), `"text/plain":"7"`) {
		t.Errorf("x after SIGINT: %v %v", rep, types(pub))
	}
	id = c.send(c.control, "shutdown_request", map[string]any{"restart": false})
	c.reply(id)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("divergo kernel exited with %v; stderr:\n%s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("divergo kernel still running 10 s after shutdown_request")
	}
	if stderr.Len() > 0 {
		t.Logf("stderr: %s", stderr.String())
	}
}

// TestJupyterClient drives `divergo kernel` through Debian's jupyter_client
// (python3-jupyter-client, run with /usr/bin/python3) with the kernelspec
// installed by `divergo kernel install --user` into a temporary
// JUPYTER_DATA_DIR. It skips without jupyter_client only when CI is unset.
func TestJupyterClient(t *testing.T) {
	python, dir, env := pythonKernel(t, "jupyter_client", "python3-jupyter-client")
	data := filepath.Join(dir, "jupyter")
	if _, err := os.Stat(filepath.Join(data, "kernels", "divergo", "kernel.json")); err != nil {
		t.Fatal(err)
	}

	script, err := filepath.Abs("testdata/jupyter_client_drive.py")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, script)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\nstdout: %s\nstderr: %s", script, err, stdout.String(), stderr.String())
	}
	if stderr.Len() > 0 {
		t.Logf("stderr of the client and kernel:\n%s", stderr.String())
	}
	var r map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("output %q: %v", stdout.String(), err)
	}
	t.Logf("through jupyter_client: start to ready %.3f s, execute 1+1 %.2f ms (mean of 20), interrupt delay %.2f ms",
		r["start_to_ready_s"], 1000*r["execute_mean_s"].(float64), 1000*r["interrupt_delay_s"].(float64))

	get := func(path ...string) any {
		var v any = r
		for _, p := range path {
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[p]
		}
		return v
	}
	check := func(what string, got any, want string) {
		t.Helper()
		if s := fmt.Sprint(got); !strings.Contains(s, want) {
			t.Errorf("%s = %s, want it to contain %q", what, s, want)
		}
	}
	check("kernel_info language", get("kernel_info", "language_info", "name"), "go")
	check("kernel_info protocol", get("kernel_info", "protocol_version"), "5.3")
	check("1+1", get("one_plus_one", "iopub"), "data:map[text/plain:2] execution_count")
	check("1+1 reply", get("one_plus_one", "reply", "status"), "ok")
	check("stdout", get("stdout", "iopub"), "name:stdout text:hello\n")
	check("error reply", get("error", "reply", "status"), "error")
	check("error traceback", get("error", "reply", "traceback"), "undefined: undefinedName")
	check("interrupted", get("interrupted", "status"), "error")
	check("x after interrupt", get("after_interrupt", "iopub"), "text/plain:42")
	for name, want := range map[string]string{
		"recursion":             "stack overflow: f nested more than 100000 calls deep",
		"mutual_recursion":      "stack overflow: ",
		"goroutine_recursion":   "stack overflow: h nested",
		"concurrent_map_writes": "concurrent map writes: a map used from two goroutines",
		"huge_allocation":       "memory limit",
		"os_exit":               "the cell called os.Exit(3)",
		"deadlock":              "all goroutines are asleep - deadlock!",
		"log_fatal":             "the cell called os.Exit(1)",
		"goroutine_panic":       "assignment to entry in nil map",
	} {
		check("fault "+name+" status", get("faults", name, "reply", "status"), "error")
		check("fault "+name+" traceback", get("faults", name, "reply", "traceback"), want)
		check("x after fault "+name, get("faults", name, "x_after", "iopub"), "text/plain:42")
	}
	for _, name := range []string{"endless_printing", "native_sleep"} {
		check(name+" status", get("endless", name, "reply", "status"), "error")
		check(name+" ename", get("endless", name, "reply", "ename"), "Interrupted")
		check("x after "+name, get("endless", name, "x_after", "iopub"), "text/plain:42")
		if d, _ := get("endless", name, "interrupt_delay_s").(float64); d > 10 {
			t.Errorf("%s: the interrupt took %.1f s", name, d)
		}
	}
	if n, _ := get("endless", "endless_printing", "streamed_bytes").(float64); n > 2<<20 || n < 1<<10 {
		t.Errorf("endless printing streamed %.0f bytes, want output capped near 1 MiB", n)
	}
	check("a 10⁶-element slice", get("big_slice", "iopub"), "999980 rows omitted")
	check("a 10⁶-row SELECT", get("big_select", "iopub"), "rows omitted")
	check("x after the large values", get("big_after", "iopub"), "text/plain:42")
	t.Logf("shown through the kernel: a 10⁶-element slice in %.2f s, a 10⁶-row SELECT in %.2f s", get("big_slice", "seconds"), get("big_select", "seconds"))
	check("restored after concurrent map writes", get("faults", "concurrent_map_writes", "reply", "traceback"), "session restored: ")
	check("complete", get("complete", "matches"), "Entropy")
	check("is_complete", get("is_complete", "status"), "incomplete")
	check("inspect", get("inspect", "found"), "true")
	check("history", get("history", "history"), "[x 42]")
	check("alive after shutdown", get("alive_after_shutdown"), "false")
}
