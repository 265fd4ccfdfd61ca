package session

import (
	"context"
	"errors"
	"testing"

	"github.com/divergo/divergo/session/run"
)

// Eval's error for a cell that exits is an *ExitError (errors.As) with the
// cell's code; other errors are not.
func TestExitErrorAs(t *testing.T) {
	s := newSession(t)
	ctx := context.Background()
	for _, c := range []struct {
		cell string
		exit bool
		code int
	}{
		{"os.Exit(3)", true, 3},
		{"os.Exit(0)", true, 0},
		{"os.Exit(-1)", true, -1},
		{`panic("the cell called os.Exit(3)")`, false, 0},
		{`panic(errors.New("the cell called os.Exit(3)"))`, false, 0},
		{"undefinedName", false, 0},
	} {
		var r recorder
		_, err := s.Eval(ctx, c.cell, &r)
		if err == nil {
			t.Errorf("%s: no error", c.cell)
			continue
		}
		var ee *ExitError
		got := errors.As(err, &ee)
		switch {
		case !c.exit && got:
			t.Errorf("%s: error %q is an ExitError", c.cell, err)
		case c.exit && (!got || ee.Code != c.code):
			t.Errorf("%s: error %q, want ExitError{%d}", c.cell, err, c.code)
		}
	}
}

// exitLog makes the package-level log.Fatal, Fatalf and Fatalln write their
// line through the cell's logger (flags and prefix as the cell set them)
// and end the cell with ExitError{1}; the session is kept.
func TestExitLog(t *testing.T) {
	s := newSession(t)
	run.ExitLog(s.in, s.exited)
	ctx := context.Background()
	run := func(cell string) (string, error) {
		var r recorder
		_, err := s.Eval(ctx, cell, &r)
		return r.b.String(), err
	}
	if _, err := run(`x := 42; import "log"`); err != nil {
		t.Fatal(err)
	}
	if _, err := run(`log.SetFlags(0); log.SetPrefix("app: ")`); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ cell, out string }{
		{`log.Fatal("no input")`, "stderr: app: no input\n"},
		{`log.Fatalf("bad value %d", 7)`, "stderr: app: bad value 7\n"},
		{`log.Fatalln("giving", "up")`, "stderr: app: giving up\n"},
		{`func fail() { log.Fatal("in a function") }; fail()`, "stderr: app: in a function\n"},
	} {
		out, err := run(c.cell)
		var ee *ExitError
		if !errors.As(err, &ee) || ee.Code != 1 || err.Error() != "the cell called os.Exit(1)" {
			t.Errorf("%s: error %v, want the cell called os.Exit(1)", c.cell, err)
		}
		if out != c.out {
			t.Errorf("%s: output %q, want %q", c.cell, out, c.out)
		}
	}
	if out, err := run("x"); err != nil {
		t.Errorf("x after log.Fatal: %v", err)
	} else if out != "" {
		t.Errorf("x after log.Fatal printed %q", out)
	}
	if _, err := run(`log.Panic("boom")`); err == nil || err.Error() != "panic: boom" {
		t.Errorf("log.Panic: error %v, want panic: boom", err)
	}
}
