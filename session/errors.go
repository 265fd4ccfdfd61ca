package session

import (
	"errors"
	"fmt"
	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/run"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/traefik/yaegi/interp"

	"github.com/divergo/divergo/builtins"
	"github.com/divergo/divergo/display"
)

// Error is an error of a cell: a message and, when it has one, the position
// in the cell (1-based line and column, in bytes) with the source line.
type Error struct {
	File      string // the file of a cell run by .read, or ""
	Line, Col int    // 0 when the error has no position (Col 0: a line only)
	Msg       string // the message, without position
	Source    string // the cell's line at Line
	// Ran is set when the cell failed while it ran, after it had begun to
	// run its statements (a runtime error, a panic, the recursion limit,
	// an interrupt; not a check or a refusal): what they did stays in the
	// session, so a session replayed after its worker died must run the
	// cell again, up to its error (package worker).
	Ran bool
}

// Error returns "line:col: message" ("file:line:col: message" for a cell
// of a file), then the source line and a caret under
// the column; or the message alone when there is no position.
func (e *Error) Error() string {
	if e.Line == 0 {
		if e.File != "" {
			return e.File + ": " + e.Msg
		}
		return e.Msg
	}
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File + ":")
	}
	if e.Col == 0 {
		fmt.Fprintf(&b, "%d: %s", e.Line, e.Msg)
		return b.String()
	}
	fmt.Fprintf(&b, "%d:%d: %s", e.Line, e.Col, e.Msg)
	if strings.TrimSpace(e.Source) != "" && utf8.ValidString(e.Source) && len(e.Source) <= 500 {
		b.WriteString("\n" + e.Source + "\n")
		for i, r := range e.Source {
			if i >= e.Col-1 {
				break
			}
			if r == '\t' {
				b.WriteByte('\t')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteByte('^')
	}
	return b.String()
}

// Unwrap returns the *ExitError of a cell that called os.Exit or
// log.Fatal (its message is ExitError's), nil for any other error.
func (e *Error) Unwrap() error {
	if ee, ok := run.ExitFromMessage(e.Msg); ok {
		return ee
	}
	return nil
}

// errorAt returns an Error at a byte offset of the cell.
func errorAt(cell string, off int, msg string) *Error {
	off = max(0, min(off, len(cell)))
	line := 1 + strings.Count(cell[:off], "\n")
	ls := strings.LastIndexByte(cell[:off], '\n') + 1
	le := strings.IndexByte(cell[off:], '\n')
	if le < 0 {
		le = len(cell)
	} else {
		le += off
	}
	return &Error{Line: line, Col: off - ls + 1, Msg: msg, Source: strings.TrimRight(cell[ls:le], "\r")}
}

// posRe matches a position at the start of a yaegi message: "1:28: " or
// "_.go:3:1: ".
var posRe = regexp.MustCompile(`^(?:[^\s:]*\.go:)?(\d+):(\d+):`)

// splitPos separates a yaegi error message into its position and message.
func splitPos(msg string) (line, col int, rest string, ok bool) {
	m := posRe.FindStringSubmatchIndex(msg)
	if m == nil {
		return 0, 0, msg, false
	}
	line, _ = strconv.Atoi(msg[m[2]:m[3]])
	col, _ = strconv.Atoi(msg[m[4]:m[5]])
	return line, col, strings.TrimSpace(msg[m[1]:]), true
}

// panicMessage is the one-line message of a recovered panic: an
// *ExitError's or *builtins.InputError's text alone, a runtime error's text, or
// "panic: " and the value.
func panicMessage(r any) string {
	if p, ok := r.(interp.Panic); ok {
		r = p.Value
	}
	if text, ok := check.PanicTextOf(r); ok {
		if msg, refused := check.PanicRefusal(text); refused {
			return msg
		}
		return "panic: " + firstLine(text)
	}
	if err, ok := r.(error); ok {
		var ee *run.ExitError
		if errors.As(err, &ee) {
			return ee.Error()
		}
		var pe run.PlainError
		if errors.As(err, &pe) {
			return pe.Error()
		}
		var ie *builtins.InputError
		if errors.As(err, &ie) {
			return ie.Error()
		}
		var ce *display.ColumnError
		if errors.As(err, &ce) {
			return ce.Error()
		}
		var re runtime.Error
		if errors.As(err, &re) {
			if goMsg, ok := check.RuntimeMessageNamed(firstLine(re.Error())); ok {
				return goMsg // hash of unhashable type: struct {…} (reflect's)
			}
			return firstLine(re.Error())
		}
		if goMsg, ok := check.RuntimeMessageNamed(firstLine(err.Error())); ok {
			return goMsg
		}
		return "panic: " + firstLine(err.Error())
	}
	msg := firstLine(fmt.Sprint(r))
	if goMsg, ok := check.RuntimeMessageNamed(msg); ok {
		return goMsg
	}
	return "panic: " + msg
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// GoRuntimeMessage is Go's runtime message for a panic message of the
// interpreter's reflection that stands for one ("reflect: slice index out
// of range" → "runtime error: index out of range"), for package gorun.
func GoRuntimeMessage(msg string) (string, bool) {
	return check.RuntimeMessage(firstLine(msg))
}
