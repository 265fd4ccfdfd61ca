package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDifferential runs each program of testdata/programs with the Go
// toolchain and with `divergo run`, and requires the same standard
// output and exit status (and, for a panic, the same first line on
// standard error) — or, for a program divergo refuses, exit status 1 with
// a "divergo run:" message naming the construct, where the program says
// so ("// divergo run refuses: WHY"). Any other must run identically:
// testdata/programs holds Go that the front end lowers (issue 11). bench/differential.py runs the same
// comparison on the interpreter's own test programs too, and counts.
func TestDifferential(t *testing.T) {
	files, err := filepath.Glob("testdata/programs/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	bin := t.TempDir()
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			exe := filepath.Join(bin, name)
			if out, err := exec.Command(goTool(), "build", "-o", exe, file).CombinedOutput(); err != nil {
				t.Fatalf("go build: %v\n%s", err, out)
			}
			wantOut, wantErr, wantCode := runProgram(t, exe)
			gotOut, gotErr, gotCode := runProgram(t, divergoBin, "run", file)
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			// A program may state that divergo refuses it, and why.
			if _, why, ok := strings.Cut(string(src), "// divergo run refuses: "); ok {
				why, _, _ = strings.Cut(why, "\n")
				if gotCode != 1 || !bytes.HasPrefix(gotErr, []byte("divergo run:")) || !bytes.Contains(gotErr, []byte(why)) {
					t.Fatalf("divergo run should refuse it (%s); exit %d:\n%s", why, gotCode, gotErr)
				}
				return
			}
			if gotCode == 1 && wantCode != 1 && bytes.HasPrefix(gotErr, []byte("divergo run:")) {
				t.Fatalf("refused: %s", firstLine(gotErr))
			}
			if gotCode != wantCode || !bytes.Equal(gotOut, wantOut) {
				t.Fatalf("divergo run differs from go run:\nexit %d (go: %d)\n--- divergo stdout:\n%s\n--- go stdout:\n%s\n--- divergo stderr:\n%s", gotCode, wantCode, gotOut, wantOut, gotErr)
			}
			if wantCode == 2 && !bytes.Equal(panicMessage(gotErr), panicMessage(wantErr)) {
				t.Fatalf("the panic differs:\ndivergo: %s\ngo:      %s", panicMessage(gotErr), panicMessage(wantErr))
			}
		})
	}
}

func runProgram(t *testing.T, name string, args ...string) (stdout, stderr []byte, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = t.TempDir()
	if len(args) > 0 {
		abs, _ := filepath.Abs(args[len(args)-1])
		cmd.Args[len(cmd.Args)-1] = abs
	}
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr, cmd.Stdin = &o, &e, nil
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s %v: no end after 60 s", name, args)
	}
	return o.Bytes(), e.Bytes(), code
}

// panicMessage is the panic's message on standard error: from "panic: "
// to the blank line before the goroutine's stack (its lines after the
// first indented by a tab, as Go's runtime prints them; without the
// "[signal SIGSEGV…]" line of a nil dereference), or the first line of
// what is not a panic.
func panicMessage(b []byte) []byte {
	if i := bytes.Index(b, []byte("panic: ")); i >= 0 {
		msg, _, _ := bytes.Cut(b[i:], []byte("\n\n"))
		msg, _, _ = bytes.Cut(msg, []byte("\n[signal ")) // the address where a nil dereference faulted
		// The address of a value Go prints by its type: (main.T) 0xc000012345.
		return regexp.MustCompile(`0x[0-9a-f]+`).ReplaceAll(msg, []byte("0x…"))
	}
	return firstLine(b)
}

func firstLine(b []byte) []byte {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return line
}

// TestRuntimeRefusal runs the programs of testdata/runtimerefusals, whose
// last assertion the interpreter cannot make: divergo run prints what Go
// prints before it, then stops with exit status 2 and a message naming
// the construct, rather than answer false as the interpreter would.
// nativeassert.go asserts to an interface that a type of the program
// implements; nativeassertnone.go to one that none does (the interpreter
// answered false there, silently).
func TestRuntimeRefusal(t *testing.T) {
	for _, c := range []struct{ file, out, msg string }{
		{"nativeassert.go", "true\nfalse\n", "asserting a *strings.Builder, a type of another package, to main.Stringish, an interface declared in the program, is not supported by the interpreter"},
		{"nativeassertnone.go", "false\ntrue\n", "asserting a time.Duration, a type of another package, to main.Stringish, an interface declared in the program, is not supported by the interpreter"},
		{"flagzeropanic.go", "before\n", "flag.Var of a main.list, whose zero value's String panics"},
		{"hiddenanyplus.go", "{name:p v:1}\n", "fmt's %+v of a value holding, in an unexported field of type any, a struct with a field Xa"},
		{"anyprintextra.go", "dist p\n", "fmt.Printf given 2 arguments for 1 verbs, values of the program's types with printing methods among them"},
		{"anyviastringer.go", "", "fmt's %T of an any holding a value of the program's type that was stored in an error or fmt.Stringer first"},
		{"anyplainverbwrapped.go", "x\nE:bad\n", "fmt's %d (or another verb printing fields) of an any holding a value of the program's type that was stored in an error or fmt.Stringer first"},
		{"tutorial_typednilerror.go", "failed\n", "a nil *MyErr stored in error: Go makes an error that is not nil"},
		{"panicanybasic.go", "", "a panic with a value of an interface type, which may hold a value of Code"},
		{"panicanytwin.go", "", "a panic with a value of an interface type, which may hold a value of Plain, Twin"},
		{"panicanyrecovered.go", "", "a panic with a value of an interface type, which may hold a value of Code"},
	} {
		out, errOut, code := runProgram(t, divergoBin, "run", "testdata/runtimerefusals/"+c.file)
		if code != 2 || string(out) != c.out || !bytes.Contains(errOut, []byte(c.msg)) {
			t.Fatalf("%s: exit %d\n--- stdout:\n%s\n--- stderr:\n%s", c.file, code, out, errOut)
		}
	}
}
