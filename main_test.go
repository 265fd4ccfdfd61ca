package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected output of the testdata/cli transcripts")

// divergoBin is the divergo command, built once for the tests of this
// package (never `go run`: the tests need a binary at a stable path).
var divergoBin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "divergo-test-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	divergoBin = filepath.Join(dir, "divergo")
	build := exec.Command(goTool(), "build", "-o", divergoBin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goTool is the go command that runs the tests.
func goTool() string {
	if root := os.Getenv("GOROOT"); root != "" {
		if p := filepath.Join(root, "bin", "go"); fileExists(p) {
			return p
		}
	}
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		if p := filepath.Join(strings.TrimSpace(string(out)), "bin", "go"); fileExists(p) {
			return p
		}
	}
	return "go"
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// A transcript under testdata/cli is a run of the divergo command, as a
// person would type it in a shell, with its exact output:
//
//	## A comment.
//	$ divergo -e 'x := 2' -e 'x*3'
//	6
//	$ divergo cells.go
//	42
//	! cells.go:3:1: undefined: y
//	! y
//	! ^
//	[exit 1]
//	$ divergo < cells.go
//	…
//
//	-- cells.go --
//	x := 42
//	…
//
// A line "$ divergo ARGS" runs the command: ARGS are split as sh does
// (single and double quotes; a quote left open continues on the next
// line); "< FILE" at the end feeds FILE on standard input, which is
// otherwise empty (and not a terminal). The lines after it, up to the next
// "$ " or "## " line, are what it prints: standard output as it is,
// standard error after "! " (or a lone "!"), and "[exit N]" when the exit
// status is not 0. Blank lines before the next command are not output.
// Files follow, each after a line "-- NAME --", and are written to the
// command's working directory, a fresh temporary directory (also HOME; the
// history file is DIVERGO_HISTORY there).
//
// Run `go test . -run CLI -update` to rewrite the expected output (and
// review the diff).
func TestCLITranscripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/cli/*.txt")
	if len(files) == 0 {
		t.Fatal("no transcripts in testdata/cli")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) { runCLITranscript(t, file) })
	}
}

type cliCommand struct {
	text   string   // the command as written, after "$ "
	args   []string // its arguments, after "divergo"
	stdin  string   // the file fed on standard input, if any
	want   []string // expected output lines
	before []string // comment lines before it
}

type cliFile struct {
	name string
	data string
}

func parseCLITranscript(text string) ([]*cliCommand, []cliFile, error) {
	lines := strings.Split(text, "\n")
	var cmds []*cliCommand
	var files []cliFile
	var cur *cliCommand
	var comments []string
	i := 0
	for ; i < len(lines); i++ {
		line := lines[i]
		if isFileHeader(line) {
			break
		}
		switch {
		case strings.HasPrefix(line, "$ "):
			src := line[2:]
			args, open := shellSplit(src)
			for open && i+1 < len(lines) {
				i++
				src += "\n" + lines[i]
				args, open = shellSplit(src)
			}
			if open {
				return nil, nil, fmt.Errorf("unclosed quote in %q", src)
			}
			if len(args) == 0 || args[0] != "divergo" {
				return nil, nil, fmt.Errorf("command %q does not run divergo", src)
			}
			cur = &cliCommand{text: src, args: args[1:], before: comments}
			comments = nil
			if n := len(cur.args); n >= 2 && cur.args[n-2] == "<" {
				cur.stdin = cur.args[n-1]
				cur.args = cur.args[:n-2]
			}
			cmds = append(cmds, cur)
		case strings.HasPrefix(line, "## ") || line == "##":
			comments = append(comments, line)
			cur = nil
		case cur != nil:
			cur.want = append(cur.want, line)
		case strings.TrimSpace(line) != "":
			return nil, nil, fmt.Errorf("line %d: %q is neither a comment nor a command's output", i+1, line)
		}
	}
	for _, c := range cmds {
		for len(c.want) > 0 && c.want[len(c.want)-1] == "" {
			c.want = c.want[:len(c.want)-1]
		}
	}
	for i < len(lines) {
		name := strings.TrimSuffix(strings.TrimPrefix(lines[i], "-- "), " --")
		var body []string
		for i++; i < len(lines) && !isFileHeader(lines[i]); i++ {
			body = append(body, lines[i])
		}
		data := strings.Join(body, "\n")
		files = append(files, cliFile{name, data})
	}
	return cmds, files, nil
}

func isFileHeader(line string) bool {
	return strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") && len(line) > 6
}

// shellSplit splits a command line as sh does for words, single quotes and
// double quotes (where \" \\ \$ \` escape); open reports an unclosed quote.
func shellSplit(s string) (words []string, open bool) {
	var w strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, true
			}
			w.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				w.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, true
			}
			inWord = true
		case c == '\\' && i+1 < len(s):
			i++
			w.WriteByte(s[i])
			inWord = true
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, false
}

// runDivergo runs the built command in dir and returns its output in the
// transcript's form.
func runDivergo(t *testing.T, dir string, c *cliCommand) []string {
	t.Helper()
	cmd := exec.Command(divergoBin, c.args...)
	cmd.Dir = dir
	cmd.Env = cliEnv(dir)
	if c.stdin != "" {
		f, err := os.Open(filepath.Join(dir, c.stdin))
		if err != nil {
			t.Fatalf("%s: %v", c.text, err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", c.text, err)
	}
	var got []string
	if s := stdout.String(); s != "" {
		if !strings.HasSuffix(s, "\n") {
			s += "\n[no newline at the end of stdout]\n"
		}
		got = append(got, strings.Split(strings.TrimSuffix(s, "\n"), "\n")...)
	}
	if s := stderr.String(); s != "" {
		if !strings.HasSuffix(s, "\n") {
			s += "\n[no newline at the end of stderr]\n"
		}
		for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
			// The time a restore took varies: "re-run in 20ms" is "re-run in …".
			l = rerunTime.ReplaceAllString(l, "re-run in …")
			got = append(got, strings.TrimRight("! "+l, " "))
		}
	}
	if status != 0 {
		got = append(got, "[exit "+strconv.Itoa(status)+"]")
	}
	return got
}

var rerunTime = regexp.MustCompile(`re-run in [0-9.]+ ?(ms|s|µs)|re-run in under 1 ms`)

// cliEnv is the environment of a transcript's commands: the test's, with
// HOME and the history file in dir, and no NO_COLOR or CI-specific terminal.
func cliEnv(dir string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "HOME", "XDG_DATA_HOME", "DIVERGO_HISTORY", "NO_COLOR", "TERM":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HOME="+dir, "DIVERGO_HISTORY="+filepath.Join(dir, "history"), "TERM=dumb")
}

func runCLITranscript(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	cmds, files, err := parseCLITranscript(string(data))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	dir := t.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	for i, c := range cmds {
		got := runDivergo(t, dir, c)
		want := make([]string, len(c.want)) // "! " is "!": trailing spaces do not count
		for j, l := range c.want {
			want[j] = strings.TrimRight(l, " ")
		}
		if !*update && strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("$ %s\n--- got ---\n%s\n--- want ---\n%s", c.text, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if i > 0 {
			out.WriteString("\n")
		}
		for _, l := range c.before {
			out.WriteString(l + "\n")
		}
		out.WriteString("$ " + c.text + "\n")
		for _, l := range got {
			out.WriteString(l + "\n")
		}
	}
	if *update {
		for _, f := range files {
			fmt.Fprintf(&out, "\n-- %s --\n%s", f.name, f.data)
		}
		if err := os.WriteFile(file, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBatchPrintsAll: -e prints everything a cell prints, as go run would;
// the 1 MiB cap on a cell's output is the interactive front ends'.
func TestBatchPrintsAll(t *testing.T) {
	out, err := exec.Command(divergoBin, "-e", `for i := 0; i < 200000; i++ { fmt.Println("line", i) }`).Output()
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(out), "\n"); n != 200000 || !strings.HasSuffix(string(out), "line 199999\n") {
		t.Errorf("printed %d lines (%d bytes), want 200000", n, len(out))
	}
}
