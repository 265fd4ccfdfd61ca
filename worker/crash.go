package worker

// This file implements what the supervisor says when a worker dies, and
// which cells it replays.

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/divergo/divergo/query"
	"github.com/divergo/divergo/session"
)

// deathMessage says in plain words why worker w ended in a cell, from how
// it ended and what the Go runtime wrote to its standard error.
func (s *Supervisor) deathMessage(w *proc, interrupted bool) string {
	<-w.dead
	text := w.stderr.String()
	has := func(sub ...string) bool {
		for _, x := range sub {
			if strings.Contains(text, x) {
				return true
			}
		}
		return false
	}
	switch {
	case w.overLimit.Load() || has("fatal error: out of memory", "runtime: out of memory", "cannot allocate memory"):
		return fmt.Sprintf("the cell used more than the %s memory limit (--memory-limit or DIVERGO_MEMORY_LIMIT changes it)", FormatSize(s.opts.MemoryLimit))
	case has("fatal error: stack overflow", "goroutine stack exceeds"):
		return "the cell overflowed the stack: a function calls itself without end (or too deeply for Go's 1 GB stack)"
	case has("concurrent map writes", "concurrent map read and map write", "concurrent map iteration and map write", "concurrent map clone and map write"):
		return "concurrent map writes: a map used from two goroutines at once needs a sync.Mutex (or a sync.Map)"
	case has("all goroutines are asleep - deadlock!"):
		return "deadlock: every goroutine of the cell is blocked, waiting for each other"
	case interrupted:
		return "interrupted: the cell's session ended while it stopped"
	}
	if m := panicLine.FindStringSubmatch(text); m != nil {
		return "a goroutine panicked and ended the session: " + m[1]
	}
	if m := fatalLine.FindStringSubmatch(text); m != nil {
		return "the Go runtime stopped the session: " + m[1]
	}
	if w.err != nil {
		last := lastLine(text)
		if last != "" {
			return fmt.Sprintf("the session's worker ended unexpectedly (%v): %s", w.err, last)
		}
		return fmt.Sprintf("the session's worker ended unexpectedly (%v)", w.err)
	}
	return "the session's worker ended unexpectedly"
}

var (
	panicLine = regexp.MustCompile(`(?m)^panic: (.*)$`)
	fatalLine = regexp.MustCompile(`(?m)^fatal error: (.*)$`)
)

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// commandName is the name of the command a cell starts with ("reset" for
// .reset, :reset or %reset as the front end writes them), or "".
func commandName(cell string, fe session.Frontend) string {
	t := strings.TrimSpace(cell)
	var rest string
	switch {
	case fe == session.Notebook && strings.HasPrefix(t, "%") && !strings.HasPrefix(t, "%%"):
		rest = t[1:]
	case fe == session.Terminal && (strings.HasPrefix(t, ".") || strings.HasPrefix(t, ":")):
		rest = t[1:]
	default:
		return ""
	}
	name, _, _ := strings.Cut(rest, " ")
	name, _, _ = strings.Cut(name, "\n")
	return name
}

// isReset reports whether a cell is the reset command.
func isReset(cell string, fe session.Frontend) bool {
	t := strings.TrimSpace(cell)
	return commandName(cell, fe) == "reset" && t[1:] == "reset"
}

// notReplayed are the commands a restored session does not run again:
// they only show something, or they write files.
var notReplayed = map[string]bool{
	"help": true, "quit": true, "exit": true, "doc": true, "type": true, "vars": true,
	"write": true, "save": true, "save-plot": true, "reset": true, "tables": true, "schema": true,
}

// replayable reports whether a cell that ran without error is replayed
// into a restored session.
func (s *Supervisor) replayable(cell string) bool {
	t := strings.TrimSpace(cell)
	if t == "" || strings.HasPrefix(t, "$") || strings.HasPrefix(t, "!") || strings.HasSuffix(t, "?") && !strings.Contains(t, "\n") {
		return false
	}
	if !query.InMemory(s.opts.Session.Database) && session.IsSQL(cell) {
		return false // the database file (or server) keeps what SQL cells did
	}
	return !notReplayed[commandName(cell, s.opts.Session.Frontend)]
}

// effects matches what in a cell reaches outside the session: files,
// the clock, randomness, the network, other programs, the database file.
var effects = []struct {
	re   *regexp.Regexp
	what string
}{
	{regexp.MustCompile(`\bos\.(Create|WriteFile|Remove|RemoveAll|Mkdir|MkdirAll|OpenFile|Rename|Chdir|Setenv|Truncate|Symlink|Link)\b|\bioutil\.|\.(import|output|open|read|cd)\b|%(import|output|open|read|cd)\b`), "files"},
	{regexp.MustCompile(`\btime\.(Now|Since|Until|Tick|After|NewTimer|NewTicker)\b`), "the clock"},
	{regexp.MustCompile(`\brand\.`), "randomness"},
	{regexp.MustCompile(`\b(http|net|url)\.`), "the network"},
	{regexp.MustCompile(`\bexec\.`), "other programs"},
}

// sideEffectNote names the replayed cells whose effects may differ the
// second time, or is "".
func sideEffectNote(cells []logged) string {
	var b strings.Builder
	for i, l := range cells {
		c := l.cell
		var what []string
		for _, e := range effects {
			if e.re.MatchString(c) {
				what = append(what, e.what)
			}
		}
		if len(what) > 0 {
			fmt.Fprintf(&b, "  re-run cell %d uses %s: %s\n", i+1, strings.Join(what, ", "), summary(c))
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "cells re-run that reach outside the session (their effects happened again, and may differ):\n" + b.String()
}

// summary is a cell's first line, shortened.
func summary(cell string) string {
	l := firstLine(cell)
	if r := []rune(l); len(r) > 60 {
		l = string(r[:57]) + "…"
	}
	if strings.Contains(strings.TrimSpace(cell), "\n") {
		l += " …"
	}
	return l
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func roundDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "under 1 ms"
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}
