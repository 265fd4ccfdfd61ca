package run

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"reflect"
	"regexp"
	"strconv"

	"github.com/divergo/divergo/session/symbols/std"
	"github.com/traefik/yaegi/interp"
)

// ExitError is the error of a cell that called os.Exit, or log.Fatal (and
// its relatives: log.Fatalf, log.Fatalln, a *log.Logger's Fatal methods),
// which write their line to the cell's standard error and exit with code 1.
// The cell ends there; the session is kept. Eval's error is, or wraps
// (errors.As), an *ExitError. divergo -e, FILE and piped input then end with
// status Code; the REPL and the kernel show the message as the cell's error.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("the cell called os.Exit(%d)", e.Code) }

// CellExit marks the panic of os.Exit in a cell, which no recover stops
// (check.Recovered panics again with it).
func (e *ExitError) CellExit() int { return e.Code }

// exitMsgRe matches ExitError's message, for Error.Unwrap, also as the
// error of a cell whose own goroutine called os.Exit (which in Go ends the
// program from any goroutine).
var exitMsgRe = regexp.MustCompile(`^the cell called os\.Exit\((-?\d+)\)(?: \(in a goroutine\))?$`)

// ExitFromMessage returns the *ExitError whose message is msg: a cell's
// Error carries only the message of the panic that ended it (panicMessage).
func ExitFromMessage(msg string) (*ExitError, bool) {
	m := exitMsgRe.FindStringSubmatch(msg)
	if m == nil {
		return nil, false
	}
	code, err := strconv.Atoi(m[1])
	if err != nil {
		return nil, false
	}
	return &ExitError{Code: code}, true
}

// ExitSymbols makes os.Exit and the Fatal methods of *log.Logger end the
// cell with an *ExitError instead of ending the process (yaegi's os.Exit
// panics with "os.Exit(3)", the Fatal methods of log.Default() exit for
// real). It replaces log.New, log.Default and the type log.Logger with a
// logger of ours whose Fatal methods exit the cell.
//
// The package-level log.Fatal, Fatalf and Fatalln cannot be replaced here:
// interp.Use rebinds them (with log.Print and the rest) to a logger on the
// interpreter's standard error after it has read this table; exitLog
// replaces them on the interpreter itself.
//
// onExit is called when a cell exits, before its deferred functions run:
// Go's os.Exit runs none, so the session keeps what they print from the
// cell's output.
func ExitSymbols(std interp.Exports, onExit func()) {
	exit := func(code int) {
		onExit()
		cellExit(code)
	}
	o := map[string]reflect.Value{}
	for k, v := range std["os/os"] {
		o[k] = v
	}
	o["Exit"] = reflect.ValueOf(exit)
	// The session's own process and its front end (the worker's parent)
	// are not a cell's to signal: killing the front end lost every variable.
	o["FindProcess"] = reflect.ValueOf(func(pid int) (*os.Process, error) {
		if pid == os.Getpid() || pid == os.Getppid() {
			return nil, errors.New("os.FindProcess: restricted: the session's own process or its front end")
		}
		return os.FindProcess(pid)
	})
	std["os/os"] = o

	l := map[string]reflect.Value{}
	for k, v := range std["log/log"] {
		l[k] = v
	}
	l["New"] = reflect.ValueOf(func(out io.Writer, prefix string, flag int) *cellLogger {
		return &cellLogger{log.New(out, prefix, flag), onExit}
	})
	l["Default"] = reflect.ValueOf(func() *cellLogger { return &cellLogger{defaultLogger.l, onExit} })
	l["Logger"] = reflect.ValueOf((*cellLogger)(nil))
	std["log/log"] = l
}

// ExitLog replaces log.Fatal, log.Fatalf and log.Fatalln of an interpreter
// whose standard library is in use: each writes its line through the
// interpreter's log.Output (the cell's standard error, with the flags and
// prefix the cell set) and ends the cell with ExitError{1}.
func ExitLog(in *interp.Interpreter, onExit func()) {
	exit := func(code int) {
		onExit()
		cellExit(code)
	}
	p := in.Symbols("log")["log"]
	if p == nil || !p["Output"].IsValid() {
		return
	}
	output, ok := p["Output"].Interface().(func(int, string) error)
	if !ok {
		return
	}
	p["Fatal"] = reflect.ValueOf(func(v ...any) {
		output(2, fmt.Sprint(v...))
		exit(1)
	})
	p["Fatalf"] = reflect.ValueOf(func(format string, v ...any) {
		output(2, fmt.Sprintf(format, v...))
		exit(1)
	})
	p["Fatalln"] = reflect.ValueOf(func(v ...any) {
		output(2, fmt.Sprintln(v...))
		exit(1)
	})
	in.Use(std.Printing(p["Fatal"], p["Fatalf"], p["Fatalln"]))
}

// cellExit is os.Exit in a cell: it ends the cell with an *ExitError.
func cellExit(code int) { panic(&ExitError{Code: code}) }

// cellLogger is log.Logger in a cell: a *log.Logger whose Fatal methods end
// the cell (ExitError{1}) after writing their line, instead of the process.
type cellLogger struct {
	l      *log.Logger
	onExit func()
}

// defaultLogger is log.Default() in cells: the process's standard logger,
// whose output New sends to io.Discard (DIVERGO_DEBUG=1 keeps it).
var defaultLogger = &cellLogger{l: log.Default()}

func (c *cellLogger) Fatal(v ...any) {
	c.l.Output(2, fmt.Sprint(v...))
	c.exit(1)
}

func (c *cellLogger) Fatalf(format string, v ...any) {
	c.l.Output(2, fmt.Sprintf(format, v...))
	c.exit(1)
}

func (c *cellLogger) Fatalln(v ...any) {
	c.l.Output(2, fmt.Sprintln(v...))
	c.exit(1)
}

// exit ends the cell (onExit first).
func (c *cellLogger) exit(code int) {
	if c.onExit != nil {
		c.onExit()
	}
	cellExit(code)
}

func (c *cellLogger) Flags() int                           { return c.l.Flags() }
func (c *cellLogger) Output(calldepth int, s string) error { return c.l.Output(calldepth+1, s) }
func (c *cellLogger) Panic(v ...any)                       { c.l.Panic(v...) }
func (c *cellLogger) Panicf(format string, v ...any)       { c.l.Panicf(format, v...) }
func (c *cellLogger) Panicln(v ...any)                     { c.l.Panicln(v...) }
func (c *cellLogger) Prefix() string                       { return c.l.Prefix() }
func (c *cellLogger) Print(v ...any)                       { c.l.Print(v...) }
func (c *cellLogger) Printf(format string, v ...any)       { c.l.Printf(format, v...) }
func (c *cellLogger) Println(v ...any)                     { c.l.Println(v...) }
func (c *cellLogger) SetFlags(flag int)                    { c.l.SetFlags(flag) }
func (c *cellLogger) SetOutput(w io.Writer)                { c.l.SetOutput(w) }
func (c *cellLogger) SetPrefix(prefix string)              { c.l.SetPrefix(prefix) }
func (c *cellLogger) Writer() io.Writer                    { return c.l.Writer() }
