package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/divergo/divergo/repl"
)

// tmuxTerm drives the built divergo in a real terminal: a tmux server of
// its own (a private socket in the test's directory), one 120×40 pane.
type tmuxTerm struct {
	t    *testing.T
	tmux string
	sock string
}

func (m *tmuxTerm) cmd(args ...string) (string, error) {
	out, err := exec.Command(m.tmux, append([]string{"-S", m.sock}, args...)...).CombinedOutput()
	return string(out), err
}

func (m *tmuxTerm) must(args ...string) string {
	m.t.Helper()
	out, err := m.cmd(args...)
	if err != nil {
		m.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// typeText types text literally; keys sends tmux key names (Enter, Up,
// Tab, C-c, C-d).
func (m *tmuxTerm) typeText(text string) { m.t.Helper(); m.must("send-keys", "-t", "repl", "-l", text) }
func (m *tmuxTerm) keys(keys ...string) {
	m.t.Helper()
	m.must(append([]string{"send-keys", "-t", "repl"}, keys...)...)
}

// screen is the pane's text, scrollback included, wrapped lines joined,
// trailing blanks removed.
func (m *tmuxTerm) screen() string {
	m.t.Helper()
	out := m.must("capture-pane", "-p", "-J", "-S", "-2000", "-t", "repl")
	lines := strings.Split(out, "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

func lastLine(screen string) string {
	return screen[strings.LastIndexByte(screen, '\n')+1:]
}

// prompts counts the lines that start with the prompt.
func prompts(screen string) int {
	n := 0
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l+" ", repl.Prompt) {
			n++
		}
	}
	return n
}

const termWait = 10 * time.Second

// waitFor polls the screen until ok says yes, for at most termWait.
func (m *tmuxTerm) waitFor(what string, ok func(screen string) bool) (string, time.Duration) {
	m.t.Helper()
	start := time.Now()
	var s string
	for time.Since(start) < termWait {
		s = m.screen()
		if ok(s) {
			return s, time.Since(start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	m.t.Fatalf("waited %v for %s; the screen:\n%s", termWait, what, s)
	return s, 0
}

// enter types a line and presses Enter, then waits for the next empty
// prompt; it returns the screen.
func (m *tmuxTerm) enter(line string) string {
	m.t.Helper()
	before := prompts(m.screen())
	if line != "" {
		m.typeText(line)
	}
	m.keys("Enter")
	s, _ := m.waitFor("a new prompt after "+line, func(s string) bool {
		return prompts(s) > before && lastLine(s) == strings.TrimSpace(repl.Prompt)
	})
	return s
}

// output is what the screen shows after the last occurrence of the
// prompt line "divergo> cell", up to the next prompt.
func output(screen, cell string) string {
	i := strings.LastIndex(screen, repl.Prompt+cell+"\n")
	if i < 0 {
		return ""
	}
	rest := screen[i+len(repl.Prompt+cell+"\n"):]
	if j := strings.Index(rest, "\n"+strings.TrimSpace(repl.Prompt)); j >= 0 {
		rest = rest[:j]
	} else if strings.HasPrefix(rest, strings.TrimSpace(repl.Prompt)) {
		rest = ""
	}
	return rest
}

// TestTerminal drives the interactive REPL in tmux: the seed example,
// history recall, the continuation prompt, Ctrl-C on a running cell,
// completion, .doc, Ctrl-D, and the history file across sessions.
func TestTerminal(t *testing.T) {
	tmux, err := exec.LookPath("tmux")
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tmux is not installed (apt-get install tmux); it is required when CI is set")
		}
		t.Fatal("tmux is not installed, and CI is set: the terminal test cannot skip")
	}
	dir := t.TempDir()
	m := &tmuxTerm{t: t, tmux: tmux, sock: filepath.Join(dir, "tmux.sock")}
	history := filepath.Join(dir, "history")
	env := []string{"-e", "DIVERGO_HISTORY=" + history, "-e", "HOME=" + dir, "-e", "LANG=C.UTF-8"}
	m.must(append(append([]string{"-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "-s", "repl"}, env...), divergoBin)...)
	m.must("set-option", "-t", "repl", "remain-on-exit", "on")
	t.Cleanup(func() { m.cmd("kill-server") })
	m.waitFor("the first prompt", func(s string) bool { return lastLine(s) == strings.TrimSpace(repl.Prompt) })

	// run is t.Run with the terminal's helpers failing the subtest.
	run := func(name string, f func(t *testing.T)) {
		t.Run(name, func(st *testing.T) {
			old := m.t
			m.t = st
			defer func() { m.t = old }()
			f(st)
		})
	}

	seed := "KL([]float64{0.2, 0.5, 0.3}, []float64{0.3, 0.4, 0.3})"
	const seedValue = "0.030478754035472025 nats"
	run("seed", func(t *testing.T) {
		s := m.enter(seed)
		if got := output(s, seed); got != seedValue {
			t.Errorf("the seed example shows %q, want %q; screen:\n%s", got, seedValue, s)
		}
	})

	run("up arrow", func(t *testing.T) {
		m.keys("Up")
		m.waitFor("the seed cell recalled", func(s string) bool { return lastLine(s) == repl.Prompt+seed })
		s := m.enter("")
		if n := strings.Count(s, "\n"+seedValue); n != 2 {
			t.Errorf("the value shows %d times after recalling the cell, want 2; screen:\n%s", n, s)
		}
	})

	run("continuation", func(t *testing.T) {
		m.typeText("func twice(x float64) float64 {")
		m.keys("Enter")
		m.waitFor("the continuation prompt", func(s string) bool { return lastLine(s) == strings.TrimRight(repl.ContPrompt, " ") })
		m.typeText("")
		m.keys("Enter")
		m.typeText("return 2 * x")
		m.keys("Enter")
		s := m.enter("}")
		want := repl.Prompt + "func twice(x float64) float64 {\n" + strings.TrimRight(repl.ContPrompt, " ") + "\n" +
			repl.ContPrompt + "return 2 * x\n" + repl.ContPrompt + "}\n"
		if !strings.Contains(s, want) {
			t.Errorf("the screen does not show the cell on continuation prompts:\n%s\nwant:\n%s", s, want)
		}
		s = m.enter("twice(21)")
		if got := output(s, "twice(21)"); got != "42" {
			t.Errorf("twice(21) shows %q; screen:\n%s", got, s)
		}
		// The multi-line cell comes back whole: Up twice, Enter.
		m.keys("Up", "Up")
		m.waitFor("the multi-line cell recalled whole", func(s string) bool {
			return lastLine(s) == repl.Prompt+"func twice(x float64) float64 {↵↵return 2 * x↵}"
		})
		s = m.enter("")
		if strings.Contains(lastLines(s, 3), "error") {
			t.Errorf("running the recalled cell failed:\n%s", s)
		}
	})

	run("ctrl-c abandons the cell", func(t *testing.T) {
		m.typeText("func unfinished() {")
		m.keys("Enter")
		m.waitFor("the continuation prompt", func(s string) bool { return lastLine(s) == strings.TrimRight(repl.ContPrompt, " ") })
		m.typeText("return")
		m.keys("C-c")
		m.waitFor("a fresh prompt", func(s string) bool { return lastLine(s) == strings.TrimSpace(repl.Prompt) })
		s := m.enter("1 + 2")
		if got := output(s, "1 + 2"); got != "3" {
			t.Errorf("after abandoning a cell, 1 + 2 shows %q; screen:\n%s", got, lastLines(s, 8))
		}
	})

	run("ctrl-r", func(t *testing.T) {
		m.keys("C-r")
		m.typeText("twice(2")
		// readline shows the match on the prompt line, the search below.
		m.waitFor("the search to find twice(21)", func(s string) bool {
			return strings.HasSuffix(s, "\n"+repl.Prompt+"twice(21)\nbck-i-search: twice(2")
		})
		s := m.enter("") // Enter runs the match, as in bash
		if got := output(s, "twice(21)"); got != "42" {
			t.Errorf("the cell found by Ctrl-R shows %q; screen:\n%s", got, lastLines(s, 8))
		}
	})

	run("interrupt", func(t *testing.T) {
		m.enter("kept := []float64{0.5, 0.5}")
		m.typeText("for {}")
		m.keys("Enter")
		m.waitFor("the loop to start", func(s string) bool { return lastLine(s) == repl.Prompt+"for {}" })
		time.Sleep(200 * time.Millisecond) // let it spin
		if l := lastLine(m.screen()); l != repl.Prompt+"for {}" {
			t.Fatalf("for {} ended by itself: %q", l)
		}
		m.keys("C-c")
		s, delay := m.waitFor("the prompt after Ctrl-C", func(s string) bool {
			return lastLine(s) == strings.TrimSpace(repl.Prompt)
		})
		t.Logf("Ctrl-C on for {}: the prompt was back after %v (measured by polling every 20 ms)", delay)
		if delay > termWait {
			t.Errorf("the interrupt took %v", delay)
		}
		t.Logf("after the interrupt:\n%s", lastLines(s, 3))
		s = m.enter("Entropy(kept, Bits)")
		if got := output(s, "Entropy(kept, Bits)"); got != "1 bit" {
			t.Errorf("a variable defined before the interrupt: got %q, want %q", got, "1 bit")
		}
	})

	// Faults that would end a Go program end in their cell's error; the
	// REPL lives and kept is still there (the worker, package worker).
	run("faults", func(t *testing.T) {
		if s := m.screen(); strings.Contains(s, "session restored") {
			t.Errorf("Ctrl-C restored the session (did SIGINT reach the worker?):\n%s", s)
		}
		for _, f := range []struct{ cell, want string }{
			{"func f(n int) int { return f(n+1) + 1 }; f(0)", "stack overflow: f nested more than 100000 calls deep"},
			{"m := map[int]int{}; for i := 0; i < 4; i++ { go func() { for j := 0; ; j++ { m[j%100] = j } }() }; time.Sleep(5 * time.Second)",
				"concurrent map writes: a map used from two goroutines"},
			{"os.Exit(3)", "the cell called os.Exit(3)"},
			{"ch := make(chan int); ch <- 1", "all goroutines are asleep - deadlock!"},
		} {
			s := m.enter(f.cell)
			if got := output(s, f.cell); !strings.Contains(got, f.want) {
				t.Errorf("%s shows %q, want %q", f.cell, got, f.want)
			}
			s = m.enter("Entropy(kept, Bits)")
			if got := output(s, "Entropy(kept, Bits)"); got != "1 bit" {
				t.Errorf("after %s: got %q, want %q", f.cell, got, "1 bit")
			}
		}
		// Cells that never end stop at Ctrl-C: endless printing (capped),
		// a native call that blocks.
		for _, cell := range []string{`for i := 0; ; i++ { fmt.Println("line", i) }`, "time.Sleep(time.Hour)"} {
			m.typeText(cell)
			m.keys("Enter")
			time.Sleep(500 * time.Millisecond)
			m.keys("C-c")
			s, delay := m.waitFor("the prompt after Ctrl-C on "+cell, func(s string) bool {
				return lastLine(s) == strings.TrimSpace(repl.Prompt)
			})
			t.Logf("Ctrl-C on %s: the prompt was back after %v", cell, delay)
			if !strings.Contains(s, "interrupted") {
				t.Errorf("Ctrl-C on %s: no 'interrupted' on the screen:\n%s", cell, lastLines(s, 5))
			}
			s = m.enter("Entropy(kept, Bits)")
			if got := output(s, "Entropy(kept, Bits)"); got != "1 bit" {
				t.Errorf("after %s: got %q, want %q", cell, got, "1 bit")
			}
		}
		s := m.enter("big := make([]float64, 1000000); big")
		if got := output(s, "big := make([]float64, 1000000); big"); !strings.Contains(got, "999980 rows omitted") {
			t.Errorf("a 10⁶-element slice shows:\n%s", got)
		}
	})

	// Habits from sqlite3 and IPython: .mode box, Ctrl-C on a query that
	// never ends says "interrupted", ?KL shows KL's documentation, .timer's
	// time after the rows.
	run("habits", func(t *testing.T) {
		m.enter(".mode box")
		// (tmux takes an argument's trailing ; as its command separator:
		// the SQL's ; is sent as the key \;.)
		sql := "SELECT 1 AS one, 'two' AS two"
		m.typeText(sql)
		m.keys(`\;`)
		s := m.enter("")
		if got := output(s, sql+";"); !strings.Contains(got, "┌─────┬─────┐") || !strings.Contains(got, "│ one │ two │") {
			t.Errorf(".mode box: the query shows\n%s", got)
		}
		q := "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
		m.typeText(q)
		m.keys(`\;`, "Enter")
		q += ";"
		time.Sleep(500 * time.Millisecond)
		m.keys("C-c")
		s, delay := m.waitFor("the prompt after Ctrl-C on a query", func(s string) bool {
			return lastLine(s) == strings.TrimSpace(repl.Prompt)
		})
		t.Logf("Ctrl-C on an endless query: the prompt was back after %v", delay)
		if got := output(s, q); !strings.Contains(got, "interrupted") || strings.Contains(got, "context canceled") {
			t.Errorf("Ctrl-C on a query shows %q, want interrupted", got)
		}
		s = m.enter("?KL")
		if got := output(s, "?KL"); !strings.Contains(got, "func KL(p, q []float64, opts ...Option) float64") {
			t.Errorf("?KL shows %q, want KL's documentation", got)
		}
		// .timer: the time comes after the rows, as sqlite3's Run Time.
		m.enter(".timer on")
		m.typeText(sql)
		m.keys(`\;`)
		s = m.enter("")
		got := output(s, sql+";")
		if rows, tm := strings.Index(got, "│ one │ two │"), strings.Index(got, "time: "); rows < 0 || tm < rows {
			t.Errorf(".timer on: the query shows\n%s\nwant the time after the rows", got)
		}
		m.enter(".timer off")
	})

	// complete types text and Tab, and waits for the line to read want.
	complete := func(t *testing.T, text, want string) {
		t.Helper()
		m.typeText(text)
		m.keys("Tab")
		deadline := time.Now().Add(3 * time.Second)
		var l string
		for time.Now().Before(deadline) {
			if l = lastLine(m.screen()); l == repl.Prompt+want {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if l != repl.Prompt+want {
			t.Errorf("%q<Tab> gives %q, want %q (is session.Complete there yet?)", text, strings.TrimPrefix(l, repl.Prompt), want)
		}
		m.keys("C-c") // abandon the line
		m.waitFor("the prompt after Ctrl-C", func(s string) bool { return lastLine(s) == strings.TrimSpace(repl.Prompt) })
	}
	run("complete package member", func(t *testing.T) {
		complete(t, "stat.Kull", "stat.KullbackLeibler")
	})
	run("complete method", func(t *testing.T) {
		m.enter("p := plot.New()")
		complete(t, "p.Ti", "p.Title")
	})
	run("complete earlier name", func(t *testing.T) {
		m.enter("myDistribution := []float64{0.25, 0.75}")
		m.enter("1 + 1")
		complete(t, "myDistr", "myDistribution")
	})

	run("doc", func(t *testing.T) {
		s := m.enter(".doc KL")
		got := output(s, ".doc KL")
		if !strings.Contains(got, "func KL(") {
			t.Errorf(".doc KL does not show KL's signature (is the command table there yet?); it shows:\n%s", got)
		}
	})

	run("error in red", func(t *testing.T) {
		m.enter("undefinedThing")
		out := m.must("capture-pane", "-p", "-e", "-t", "repl")
		if !strings.Contains(out, "\x1b[31m1:1: undefined: undefinedThing") {
			t.Errorf("the error is not red on the terminal:\n%q", lastLines(out, 6))
		}
	})

	run("ctrl-d quits", func(t *testing.T) {
		m.keys("C-d")
		m.waitFor("divergo to exit", func(string) bool {
			out, _ := m.cmd("display-message", "-p", "-t", "repl", "#{pane_dead}")
			return strings.TrimSpace(out) == "1"
		})
	})

	run("history file", func(t *testing.T) {
		data, err := os.ReadFile(history)
		if err != nil {
			t.Fatal(err)
		}
		entries := repl.ParseHistory(data)
		want := []string{seed, "func twice(x float64) float64 {\n\nreturn 2 * x\n}", "twice(21)"}
		if len(entries) < 3 || strings.Join(entries[:3], "|") != strings.Join(want, "|") {
			t.Errorf("history entries %q, want them to start with %q", entries, want)
		}
		if !strings.Contains(string(data), `func twice(x float64) float64 {\n\nreturn 2 * x\n}`+"\n") {
			t.Errorf("the multi-line cell is not one line of the file:\n%s", data)
		}
		// A new session recalls the last cell of the previous one.
		m.must("clear-history", "-t", "repl")
		m.must(append(append([]string{"respawn-pane", "-k", "-t", "repl"}, env...), divergoBin)...)
		m.waitFor("the first prompt", func(s string) bool { return lastLine(s) == strings.TrimSpace(repl.Prompt) })
		m.keys("Up")
		m.waitFor("the previous session's last cell", func(s string) bool {
			return lastLine(s) == repl.Prompt+"undefinedThing"
		})
	})
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
