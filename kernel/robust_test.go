package kernel

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// forget drops the iopub messages the client has kept, so that a long
// test's heap measures the kernel's.
func (c *client) forget() {
	c.mu.Lock()
	c.pub = nil
	c.mu.Unlock()
}

func heapAlloc() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestManyExecutes runs 1,000 executes in a row (assignments, results,
// printing, a measure, an error every 100th) through one kernel: every
// one is answered as expected, the state is right at the end, and the
// live heap (kernel, session and client, after a GC) grows by less than
// manyExecutesHeapBound between the 100th and the 1,000th.
func TestManyExecutes(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	_, c := startKernel(t)
	if rep, _ := c.execute("n := 0\np := []float64{0.2, 0.5, 0.3}"); rep["status"] != "ok" {
		t.Fatalf("setup: %v", rep)
	}
	const total = 1000
	var before uint64
	start := time.Now()
	for i := 1; i <= total; i++ {
		var code, want string
		switch {
		case i%100 == 0:
			code, want = "n = n + undefinedName", "error"
		case i%4 == 0:
			code = fmt.Sprintf("fmt.Println(n, %d)", i)
		case i%4 == 1:
			code = "KL(p, []float64{0.3, 0.4, 0.3}) > 0"
		default:
			code = "n = n + 1\nn"
		}
		if want == "" {
			want = "ok"
		}
		rep, pub := c.execute(code)
		if rep["status"] != want {
			t.Fatalf("execute %d (%q): %v, want %s", i, code, rep, want)
		}
		if want == "ok" && !strings.HasPrefix(code, "fmt.") && find(pub, "execute_result") == nil {
			t.Fatalf("execute %d (%q): no result: %v", i, code, types(pub))
		}
		c.forget()
		if i == 100 {
			before = heapAlloc()
		}
	}
	elapsed := time.Since(start)
	after := heapAlloc()
	rep, pub := c.execute("n")
	wantN := 0
	for i := 1; i <= total; i++ {
		if i%100 != 0 && i%4 != 0 && i%4 != 1 {
			wantN++
		}
	}
	if m := find(pub, "execute_result"); rep["status"] != "ok" || m == nil || !strings.Contains(string(m.Content), fmt.Sprintf(`"text/plain":"%d"`, wantN)) {
		t.Errorf("n after %d executes: %v %v, want %d", total, rep, types(pub), wantN)
	}
	if got := rep["execution_count"]; got != float64(total+2) {
		t.Errorf("execution_count %v, want %d", got, total+2)
	}
	growth := int64(after) - int64(before)
	t.Logf("%d executes in %v (%v each); live heap %.1f MB after the 100th, %.1f MB after the %dth (growth %+.2f MB, bound %.0f MB)",
		total, elapsed, elapsed/total, float64(before)/(1<<20), float64(after)/(1<<20), total, float64(growth)/(1<<20), float64(manyExecutesHeapBound)/(1<<20))
	if growth > manyExecutesHeapBound {
		t.Errorf("live heap grew by %.1f MB over 900 executes, bound %.0f MB", float64(growth)/(1<<20), float64(manyExecutesHeapBound)/(1<<20))
	}
}

// manyExecutesHeapBound bounds the live heap's growth over 900 executes
// (about 9 KB each; measured: about 1.3 KB, the history and the session's
// record of its cells).
const manyExecutesHeapBound = 8 << 20

// TestGoroutinePanic: a panic in a goroutine a cell started is the
// running cell's error, or, when the cell has ended, written to standard
// error by the next one; so is a panic in a goroutine started by a
// function declared in a cell, or by time.AfterFunc. The kernel goes on, with every variable kept.
func TestGoroutinePanic(t *testing.T) {
	_, c := startKernel(t)
	if rep, _ := c.execute("x := 5"); rep["status"] != "ok" {
		t.Fatalf("x := 5: %v", rep)
	}
	checkX := func(after string) {
		t.Helper()
		rep, pub := c.execute("x")
		if m := find(pub, "execute_result"); rep["status"] != "ok" || m == nil || !strings.Contains(string(m.Content), `"text/plain":"5"`) {
			t.Errorf("x after %s: %v %v", after, rep, types(pub))
		}
	}
	// During the cell: its error.
	rep, pub := c.execute(`go func() { panic("boom in a goroutine") }(); time.Sleep(200 * time.Millisecond)`)
	if rep["status"] != "error" || !strings.Contains(fmt.Sprint(rep["evalue"]), "boom in a goroutine") || find(pub, "error") == nil {
		t.Errorf("panic in a goroutine during its cell: %v %v", rep, types(pub))
	}
	checkX("a panic in a goroutine")
	// A runtime error in a goroutine.
	rep, _ = c.execute(`go func() { var m map[string]int; m["a"] = 1 }(); time.Sleep(200 * time.Millisecond)`)
	if rep["status"] != "error" || !strings.Contains(fmt.Sprint(rep["evalue"]), "nil map") {
		t.Errorf("nil map in a goroutine: %v", rep)
	}
	checkX("a runtime error in a goroutine")
	// After the cell: standard error of a later cell.
	for _, start := range []string{
		`go func() { time.Sleep(50 * time.Millisecond); panic("late boom") }()`,
		"func spawn() { go func() { time.Sleep(50 * time.Millisecond); panic(\"late boom\") }() }\nspawn()",
		// native code running a cell's function on a goroutine of its own
		`time.AfterFunc(50*time.Millisecond, func() { panic("late boom") })`,
	} {
		if rep, _ := c.execute(start); rep["status"] != "ok" {
			t.Fatalf("%s: %v", start, rep)
		}
		var stderr string
		for i := 0; i < 2 && !strings.Contains(stderr, "late boom"); i++ {
			rep, pub := c.execute("time.Sleep(200 * time.Millisecond)")
			if rep["status"] != "ok" {
				t.Errorf("cell after a late panic: %v", rep)
			}
			for _, m := range pub {
				if m.Header.MsgType == "stream" {
					if s := content(t, m); s["name"] == "stderr" {
						stderr += s["text"].(string)
					}
				}
			}
		}
		if !strings.Contains(stderr, "late boom") {
			t.Errorf("%s: the panic was not reported; stderr %q", start, stderr)
		}
		checkX("a late panic in a goroutine")
	}
}
