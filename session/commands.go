package session

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/session/cells"
)

// ErrQuit is the error Eval returns for .quit (and .exit): the front end
// ends the session.
var ErrQuit = errors.New("quit")

// availability says in which front ends a command works.
type availability int

const (
	everywhere availability = iota
	terminalOnly
	notebookOnly
)

// command is an entry of the command table. The same table serves both
// front ends; a command written .name or :name in the terminal is %name in
// a notebook. Later issues add their commands (SQL, plots) with
// addCommand.
type command struct {
	name    string
	aliases []string
	args    string // the arguments as .help shows them: "NAME", "on|off"
	summary string // one line for .help
	where   availability
	// record: .write keeps the command with the cells, because it changes
	// how later cells show (.digits).
	record bool
	// timed: .timer reports the command's time, as for a Go cell.
	timed bool
	run   func(s *Session, ctx context.Context, c *call) (*display.Data, error)
}

// call is one use of a command.
type call struct {
	name   string // as written, without the prefix
	args   string // the rest of the cell, trimmed
	out    Output
	prefix string // how commands are written in this front end: "." or "%"
}

var (
	commands  []*command
	commandBy = map[string]*command{}
)

// addCommand adds a command to the table (at package initialisation).
func addCommand(c *command) {
	for _, n := range append([]string{c.name}, c.aliases...) {
		if _, dup := commandBy[n]; dup {
			panic("session: command " + n + " defined twice")
		}
		commandBy[n] = c
	}
	commands = append(commands, c)
}

func init() {
	addCommand(&command{name: "help", summary: "this text", run: (*Session).cmdHelp})
	addCommand(&command{name: "quit", aliases: []string{"exit"}, summary: "leave divergo", where: terminalOnly,
		run: func(*Session, context.Context, *call) (*display.Data, error) { return nil, ErrQuit }})
	addCommand(&command{name: "reset", summary: "start afresh: forget every name and release its memory", run: (*Session).cmdReset})
	addCommand(&command{name: "doc", args: "NAME", summary: "documentation of a builtin, package, member or declared name (NAME? too)", run: (*Session).cmdDoc})
	addCommand(&command{name: "type", args: "EXPR", summary: "the Go type of an expression, without running it", run: (*Session).cmdType})
	addCommand(&command{name: "vars", aliases: []string{"list", "ls"}, summary: "the names declared so far, with types and values", run: (*Session).cmdVars})
	addCommand(&command{name: "timer", args: "on|off", summary: "show each cell's time", run: (*Session).cmdTimer})
	addCommand(&command{name: "digits", args: "N", summary: "significant digits of float results (0: Go's shortest form)", record: true, run: (*Session).cmdDigits})
	addCommand(&command{name: "write", args: "FILE", summary: "save the session's cells to FILE (to read back, or run as divergo FILE)", run: (*Session).cmdWrite})
	addCommand(&command{name: "read", args: "FILE", summary: "run the cells of FILE; stop at the first error", timed: true, run: (*Session).cmdRead})
}

// prefix is how commands are written in the session's front end.
func (s *Session) prefix() string {
	if s.opts.Frontend == Notebook {
		return "%"
	}
	return "."
}

// evalCell runs a cell, command or Go; s.mu is held. A cell whose result
// was being shown when it was interrupted fails as interrupted.
func (s *Session) evalCell(ctx context.Context, cell string, out Output) (res *display.Data, err error) {
	outer := s.cellCtx
	s.cellCtx, s.renderStopped = ctx, false
	s.queryCtx.Store(&ctx)
	s.startOutput()
	defer func() {
		if s.renderStopped {
			res, err = nil, &Error{Msg: "interrupted"}
		}
		s.cellCtx, s.renderStopped = outer, false
		if outer != nil {
			s.queryCtx.Store(&outer)
		} else {
			s.queryCtx.Store(nil)
		}
	}()
	if s.opts.Frontend == Notebook || s.readDepth > 0 {
		if declaresMain(cell) && programCell(cell) == cell {
			// GoNB runs a cell's func main: a program cell does.
			cell = "package main; " + cell
		}
		if magics, rest, ok := s.splitMagicLines(cell); ok {
			return s.evalMagicLines(ctx, magics, rest, out)
		}
		if name, args, body, ok := cells.CellMagic(cell); ok {
			return s.evalCellMagic(ctx, name, args, body, out)
		}
	}
	if line, tmp, ok := s.shellLine(cell); ok {
		start := time.Now()
		if tmp {
			dir, err := s.bangDir()
			if err != nil {
				return nil, &Error{Msg: "!*: " + err.Error()}
			}
			line = "cd " + shellQuote(dir) + " && " + line
		}
		res, err := s.runShell(ctx, line, out, "sh")
		return s.endTimed(out, start, res), err
	}
	p, name, args, ok := cells.CommandText(cell)
	if !ok {
		if strings.TrimSpace(cell) == "_" {
			if s.lastBundle == nil {
				return nil, &Error{Msg: "_ is the last result, and no cell has shown one yet"}
			}
			d := *s.lastBundle
			return &d, nil
		}
		if !cells.IsSQL(cell) {
			c, err := s.substituteLast(cell)
			if err != nil {
				return nil, err
			}
			cell = c
		}
		start := time.Now()
		s.captured = nil
		res, err := s.evalGo(ctx, cell, out)
		if err == nil {
			s.rememberLast(s.captured, res)
			s.explainInfinite(ctx, cell, res)
		}
		var e *Error
		if errors.As(err, &e) {
			if h := optionHint(e.Msg); h != "" {
				e.Msg += h
			}
		}
		return s.endTimed(out, start, res), err
	}
	c := commandBy[name]
	if c == nil {
		return nil, &Error{Msg: fmt.Sprintf("unknown command %s%s; %shelp lists them", s.prefix(), name, s.prefix())}
	}
	switch {
	case c.where == terminalOnly && s.opts.Frontend == Notebook:
		return nil, &Error{Msg: fmt.Sprintf("%%%s is not available in notebooks", name)}
	case c.where == notebookOnly && s.opts.Frontend == Terminal:
		return nil, &Error{Msg: fmt.Sprintf(".%s is not available in the terminal", name)}
	case s.readDepth > 0: // files are the same in both front ends
	case p == '%' && s.opts.Frontend == Terminal:
		return nil, &Error{Msg: fmt.Sprintf("in the terminal a command is .%s (%%%s is for notebooks)", name, name)}
	case (p == '.' || p == ':') && s.opts.Frontend == Notebook:
		return nil, &Error{Msg: fmt.Sprintf("in a notebook a command is %%%s", name)}
	}
	start := time.Now()
	res, err = c.run(s, ctx, &call{name: name, args: args, out: out, prefix: s.prefix()})
	if c.timed {
		res = s.endTimed(out, start, res)
	}
	if err == nil && c.record {
		s.cells = append(s.cells, strings.TrimSpace("."+name+" "+args))
	}
	return res, err
}

// endTimed ends a timed cell: with .timer on, its time is written after
// its output, as sqlite3 writes "Run Time" after the rows. In the
// terminal the result is shown first (and not returned); in a notebook it
// stays the cell's result (Out[n]), after the time, as with IPython's
// %%time.
func (s *Session) endTimed(out Output, start time.Time, res *display.Data) *display.Data {
	if s.timer && out != nil && res != nil && s.opts.Frontend != Notebook {
		if page, _ := res.Metadata[MetaPage].(bool); !page {
			out.Display(*res)
			res = nil
		}
	}
	s.reportTime(out, start)
	return res
}

// reportTime writes the time since start to standard error when .timer is on.
func (s *Session) reportTime(out Output, start time.Time) {
	if s.timer && out != nil {
		out.Stderr("time: " + formatDuration(time.Since(start)) + "\n")
	}
}

// formatDuration rounds d to four significant digits or so: 1.234ms, 85.3µs, 2.5s.
func formatDuration(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		d = d.Round(10 * time.Millisecond)
	case d >= time.Second:
		d = d.Round(time.Millisecond)
	case d >= 10*time.Millisecond:
		d = d.Round(10 * time.Microsecond)
	case d >= time.Millisecond:
		d = d.Round(time.Microsecond)
	case d >= 10*time.Microsecond:
		d = d.Round(100 * time.Nanosecond)
	}
	return d.String()
}

func text(s string) *display.Data {
	return &display.Data{Data: display.MIMEMap{display.MIMETypeText: s}}
}

func (s *Session) cmdHelp(ctx context.Context, c *call) (*display.Data, error) {
	if c.args != "" {
		return nil, &Error{Msg: "usage: " + c.prefix + "help"}
	}
	p := c.prefix
	var b strings.Builder
	b.WriteString("A cell is Go: declarations and statements in any order, no imports needed for\n")
	b.WriteString("the builtins (KL, Entropy, …), fmt, math, stat, plot and friends. The value of a\n")
	b.WriteString("trailing expression is shown. A cell that starts with a SQL keyword\n")
	b.WriteString("(SELECT, WITH, CREATE, INSERT, …) and is not Go is SQL, on the session's\n")
	b.WriteString("engine (SQLite; or DuckDB, PostgreSQL: .engine), with kl(p, q), js(p, q) … as aggregates;\n")
	b.WriteString("it ends with ';'. In Go, Query(\"SELECT …\", args...) returns a table and\n")
	b.WriteString("SQLTable(\"name\", value) makes a Go value a table.\n")
	if s.opts.Frontend == Terminal {
		b.WriteString("A cell may span lines: the prompt continues while the Go is incomplete.\n")
		b.WriteString("Ctrl-C stops a running cell or abandons the one being typed; Ctrl-D leaves.\n")
		b.WriteString("Tab completes names, package members, fields and methods.\n")
	} else {
		b.WriteString("Interrupt the kernel to stop a running cell. Tab completes names, package\n")
		b.WriteString("members, fields and methods.\n")
	}
	b.WriteString("NAME? shows NAME's documentation, as " + p + "doc NAME does.\n\nCommands")
	if p == "." {
		b.WriteString(" (:name works too)")
	}
	b.WriteString(":\n")
	var rows [][2]string
	w := 0
	for _, cmd := range commands {
		if cmd.where == terminalOnly && s.opts.Frontend == Notebook || cmd.where == notebookOnly && s.opts.Frontend == Terminal {
			continue
		}
		names := p + cmd.name
		for _, a := range cmd.aliases {
			names += ", " + p + a
		}
		if cmd.args != "" {
			names += " " + cmd.args
		}
		rows = append(rows, [2]string{names, cmd.summary})
		w = max(w, len([]rune(names)))
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "  %s%s  %s\n", r[0], strings.Repeat(" ", w-len([]rune(r[0]))), r[1])
	}
	b.WriteString(s.importsHelp()) // modules.go
	return text(strings.TrimSuffix(b.String(), "\n")), nil
}

func (s *Session) cmdReset(ctx context.Context, c *call) (*display.Data, error) {
	if c.args != "" {
		return nil, &Error{Msg: "usage: " + c.prefix + "reset"}
	}
	if err := s.start(); err != nil {
		return nil, &Error{Msg: "reset: " + err.Error()}
	}
	// Give the old interpreter's memory back now, to the OS as well.
	runtime.GC()
	debug.FreeOSMemory()
	return text("session reset: every name is forgotten"), nil
}

func (s *Session) cmdDoc(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" || strings.ContainsAny(c.args, " \t\n") {
		return nil, &Error{Msg: "usage: " + c.prefix + "doc NAME (or NAME?)"}
	}
	d, err := s.doc(c.args)
	if err != nil {
		return nil, err
	}
	r := text(d)
	r.Metadata = display.MIMEMap{MetaPage: true}
	return r, nil
}

// MetaPage is the metadata key, set to true, of a result meant for a
// pager (.doc and NAME?): the Jupyter kernel sends it as the execute
// reply's "page" payload instead of an execute_result.
const MetaPage = "divergo/page"

func (s *Session) cmdType(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" {
		return nil, &Error{Msg: "usage: " + c.prefix + "type EXPR"}
	}
	t, err := s.typeOf(ctx, c.args)
	if err != nil {
		return nil, err
	}
	return text(t), nil
}

func (s *Session) cmdVars(ctx context.Context, c *call) (*display.Data, error) {
	if c.args != "" {
		return nil, &Error{Msg: "usage: " + c.prefix + "vars"}
	}
	t := s.varsTable(ctx)
	if len(t.Rows) == 0 {
		return text("no names declared yet"), nil
	}
	d := t.Render()
	return &d, nil
}

func (s *Session) cmdTimer(ctx context.Context, c *call) (*display.Data, error) {
	switch c.args {
	case "on":
		s.timer = true
	case "off":
		s.timer = false
	case "":
		if s.timer {
			return text("timer: on"), nil
		}
		return text("timer: off"), nil
	default:
		return nil, &Error{Msg: "usage: " + c.prefix + "timer on|off"}
	}
	return nil, nil
}

// maxDigits is the most significant digits .digits accepts: 17 digits tell
// every float64 apart.
const maxDigits = 17

func (s *Session) cmdDigits(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" {
		if s.opts.Digits == 0 {
			return text("digits: 0 (Go's shortest form)"), nil
		}
		return text(fmt.Sprintf("digits: %d", s.opts.Digits)), nil
	}
	n, err := strconv.Atoi(c.args)
	if err != nil || n < 0 || n > maxDigits {
		return nil, &Error{Msg: fmt.Sprintf("usage: %sdigits N, with N from 0 (Go's shortest form) to %d", c.prefix, maxDigits)}
	}
	s.opts.Digits = n
	return nil, nil
}

func (s *Session) cmdWrite(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" || strings.ContainsRune(c.args, '\n') {
		return nil, &Error{Msg: "usage: " + c.prefix + "write FILE"}
	}
	text0 := cells.JoinCells(s.cells)
	if err := os.WriteFile(c.args, []byte(text0), 0o644); err != nil {
		return nil, &Error{Msg: "write: " + strings.TrimPrefix(err.Error(), "open ")}
	}
	n := len(s.cells)
	msg := fmt.Sprintf("wrote %d cells to %s", n, c.args)
	if n == 1 {
		msg = "wrote 1 cell to " + c.args
	}
	if len(s.unwritten) > 0 {
		// A cell that failed is not written (the file would stop there),
		// but what it did before its error is in the session: say that the
		// file does not have it.
		msg += fmt.Sprintf("; not written, though what it did before its error stays in the session: %s that failed (%s)",
			plural(len(s.unwritten), "cell"), strings.Join(s.unwritten, "; "))
	}
	return text(msg), nil
}

// cellSummary is a cell's first line, shortened, to name it in a message.
func cellSummary(cell string) string {
	t := strings.TrimSpace(cell)
	l, rest, _ := strings.Cut(t, "\n")
	if r := []rune(l); len(r) > 40 {
		l = string(r[:37]) + "…"
	} else if rest != "" {
		l += " …"
	}
	return l
}

// maxReadDepth bounds .read inside .read (a file that reads itself).
const maxReadDepth = 16

func (s *Session) cmdRead(ctx context.Context, c *call) (*display.Data, error) {
	if c.args == "" || strings.ContainsRune(c.args, '\n') {
		return nil, &Error{Msg: "usage: " + c.prefix + "read FILE"}
	}
	data, err := os.ReadFile(c.args)
	if err != nil {
		return nil, &Error{Msg: "read: " + strings.TrimPrefix(err.Error(), "open ")}
	}
	if s.readDepth >= maxReadDepth {
		return nil, &Error{Msg: fmt.Sprintf("read %s: files read each other more than %d deep", c.args, maxReadDepth)}
	}
	s.readDepth++
	defer func() { s.readDepth-- }()
	return nil, s.runCells(ctx, c.args, string(data), c.out)
}

// runCells runs the cells of a file's text, showing each result as a
// display bundle, and stops at the first error, which it returns with the
// file's name and line.
func (s *Session) runCells(ctx context.Context, name, src string, out Output) error {
	for _, fc := range cells.SplitCells(src) {
		res, err := s.evalCell(ctx, fc.Text, out)
		if err != nil {
			if errors.Is(err, ErrQuit) {
				return err
			}
			return fileError(name, fc, err)
		}
		if res != nil && out != nil {
			out.Display(*res)
		}
	}
	return nil
}

// fileError places an error of a cell in its file.
func fileError(name string, fc cells.FileCell, err error) error {
	var e *Error
	if errors.As(err, &e) {
		if e.File != "" {
			return e
		}
		e2 := *e
		e2.File = name
		if e2.Line == 0 {
			e2.Line, e2.Col = fc.Line, 0
		} else {
			e2.Line += fc.Line - 1
		}
		return &e2
	}
	return &Error{File: name, Line: fc.Line, Msg: err.Error()}
}

// sortedCommandNames are the names and aliases of the commands available in
// a front end.
func sortedCommandNames(f Frontend) []string {
	var names []string
	for n, c := range commandBy {
		if c.where == terminalOnly && f == Notebook || c.where == notebookOnly && f == Terminal {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
