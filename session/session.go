// Package session is one stateful evaluation of Go cells: a yaegi
// interpreter with the builtins, gonum and the display API in scope, behind a
// cell front end on go/parser that splits, rewrites and positions what yaegi
// cannot take as it is. Both front ends — the terminal REPL and the Jupyter
// kernel — drive a Session through Eval and an Output of their own.
package session

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/traefik/yaegi/interp"
	yunsafe "github.com/traefik/yaegi/stdlib/unsafe"

	"github.com/divergo/divergo/display"
	"github.com/divergo/divergo/modules"
	"github.com/divergo/divergo/plots"
	"github.com/divergo/divergo/query"
	"github.com/divergo/divergo/session/cells"
	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/run"
	"github.com/divergo/divergo/session/symbols"
)

// Output receives what a cell shows while it runs. The REPL writes to the
// terminal; the kernel publishes on iopub. Methods may be called from the
// cell's goroutines; a Session serialises its calls.
type Output interface {
	Stdout(text string)               // text the cell printed
	Stderr(text string)               // text the cell wrote to standard error
	Display(d display.Data)           // a bundle to show now (Display(...) in a cell)
	Update(id string, d display.Data) // replace the bundle shown under a display id
	Clear(wait bool)                  // clear the cell's output (wait: when the next output comes)
}

// Options configure a Session.
type Options struct {
	// Digits is the number of significant digits of float results;
	// 0 means Go's shortest form (%v).
	Digits int
	// Stdin is what interpreted code reads as standard input; nil reads
	// nothing.
	Stdin io.Reader
	// Frontend is the front end driving the session: it decides how a
	// command is written (.name or :name in the terminal, %name in a
	// notebook) and which commands are available.
	Frontend Frontend
	// Database is the file of the session's SQL database; "" keeps it in
	// memory. It is opened when a SQL cell first needs it.
	Database string
	// SVG adds image/svg+xml to the bundles of figures (image/png is
	// always there).
	SVG bool
	// InlineImages is the inline-image protocol of the terminal the
	// session's output goes to, as the front end detected it: "kitty",
	// "iterm2", or "" for none. Figures are then drawn inline (until
	// .inline off).
	InlineImages string
	// MaxOutput is how many bytes a cell may print on standard output and
	// on standard error each before the rest is dropped with a note; 0
	// means DefaultMaxOutput, < 0 no limit.
	MaxOutput int
	// MaxDepth is the most nested calls of functions declared in cells
	// before a cell stops with a stack overflow error, the session kept
	// (like Python's recursion limit); 0 means DefaultMaxDepth, a negative
	// number no limit.
	MaxDepth int
}

// Frontend is a kind of front end.
type Frontend int

const (
	Terminal Frontend = iota // the terminal REPL, -e, FILE and piped stdin
	Notebook                 // the Jupyter kernel
)

// Session is one interpreter and what it has been told. Eval calls are
// serialised.
type Session struct {
	mu   sync.Mutex // held during Eval
	opts Options
	in   *interp.Interpreter
	// mods is the directory of fetched modules (modules.go); nil, with
	// modsErr saying why, where there is none.
	mods    *modules.Dir
	modsErr error

	outMu   sync.Mutex
	out     Output   // the running cell's output, nil between cells
	pending []string // stdout written between cells, shown with the next one

	stderr *lineFilter
	// exiting: the running cell called os.Exit (exited)
	exiting atomic.Bool
	// ran: the running cell has begun to run compiled code (execute,
	// defineFromValue), so an error it ends with is marked Ran
	ran bool
	// failedAt is the cell offset of the statement whose runtime error
	// ended the running piece, or -1 (panicAt, recordBefore).
	failedAt int
	stmtAt   int // the chunk of the top-level statement running (markStatements), or -1

	captured []any // values of the trailing expression, set by rt.Show
	// capturedText holds, by index, the String of those of several
	// captured values that have one (rt.ShowText): a native function is
	// given a program's values without their methods.
	capturedText map[int]string

	rendering   *display.Data // the bundle __divergoShow is building
	renderFound bool          // whether a renderer interface matched
	collecting  bool          // renderEnd keeps the bundle in collected instead of showing it
	collected   *display.Data
	stash       []any // values of a definition run through Show (defineFromValue)
	showing     bool

	cellCtx       context.Context                 // the running cell's context, for loops of ours that must stop on interrupt
	queryCtx      atomic.Pointer[context.Context] // cellCtx for Query, which a cell's goroutines may call
	renderStopped bool                            // showing the cell's result was interrupted (see tableBundle)
	stdoutCap     outputCap                       // what the running cell may still print (outMu)

	goMu     sync.Mutex
	goPanics []goPanic
	goCell   atomic.Int64 // the number of the cell running, 0 between cells (goPanic)

	lastWrite atomic.Int64 // when the cell last printed, in Unix nanoseconds (settle)

	depth  *run.DepthCounter // nested calls of cell functions (depth.go)
	timers run.TimerWatch    // the timers cells made (deadlock.go)

	tc typechecking // the type checker's picture of the session (typecheck.go)

	timer     bool // .timer on: elapsed time after each cell
	readDepth int  // nesting of .read

	cellNo int
	names  map[string]string // declared name → kind ("var", "func", "type", "const", "package")
	types  map[string]string // declared type name → its definition, to detect redefinition
	// typesNamed are the struct and array types whose names the runtime
	// was given (nameTypes), with their definitions then.
	typesNamed map[string]string
	methods    map[string]string    // declared Type.Method → its text, to detect redefinition
	imports    map[string]string    // package name in scope → import path
	generic    map[string]bool      // names of generic functions (min and max included)
	tmp        int                  // counter for names of rewrite temporaries
	redefs     map[int][]cells.Edit // the running cell's lowerings of top-level defines, by chunk (redefine)
	decls      map[string]string    // declared func or type → its declaration and doc comment, for Doc
	funcs      map[string]*funcText // declared func or Type.Method → its text and the names it uses (redeclare.go)
	funcSeq    int                  // the order of funcs' declarations
	held       map[string]heldValue // a variable holding a function → what its value uses (redeclare.go)
	kept       []keptValue          // function values kept elsewhere by earlier cells (escape.go)
	redeps     *dependents          // the running cell's functions of earlier cells declared again, or nil
	// errorMethods are the session's types with an Error method (true:
	// a pointer receiver); errorsDirty, that a cell declared one since
	// __divergoAsError was assigned (errorTypes).
	errorMethods map[string]bool
	errorsDirty  bool
	errorCases   string                  // the cases __divergoAsError was last assigned with, from the checker's picture (check.Session.ErrorStructs)
	hidden       bool                    // the running cell is the session's own (errorTypes): not kept among its cells
	typeNames    map[reflect.Type]string // the interpreter's types of declared types → their names (cache; nil after each cell)
	cells        []string                // cells that ran without error
	// unwritten are the first lines of cells that failed after running
	// some of their statements: what those did is in the session but not
	// in s.cells, and .write says so
	unwritten []string

	db           query.Engine // the database of SQL cells, opened on first use
	sqlMode      string       // .mode: how SQL results print ("" is table)
	sqlNoHeaders bool         // .headers off
	sqlOut       *os.File     // .output FILE, nil for the screen
	sqlNull      string       // .nullvalue: how NULL shows
	sqlMaxRows   int          // .maxrows: rows shown before the middle is elided; 0 default, <0 all
	sqlShell                  // .separator, .width, .once (sqlshell.go)

	plotDir    string        // .plots DIR; "" for DIVERGO_PLOT_DIR or DefaultPlotDir
	inline     bool          // draw figures inline (.inline), where the terminal can
	lastFigure *plots.Figure // the last figure shown, for .save-plot

	tmpDir     string        // the directory of GoNB's !*cmd, made on first use (magics.go)
	last       []any         // the values the last cell showed, for _ (magics.go)
	lastBundle *display.Data // and what it showed
}

var (
	setupOnce sync.Once
	newMu     sync.Mutex
)

// New returns a session with the standard library, builtins (dot-imported),
// gonum's stat, floats and mat, gonum/plot with plotter, vg and draw, the
// figures of package plots, and the display API in scope.
//
// yaegi logs some internal errors ("nil type") through Go's standard logger;
// New routes that logger to io.Discard (set DIVERGO_DEBUG=1 to keep it).
func New(opts Options) (*Session, error) {
	setupOnce.Do(func() {
		if os.Getenv("DIVERGO_DEBUG") == "" {
			log.SetOutput(io.Discard)
		}
		// The type checker's packages decode, and a first check runs,
		// while the interpreter starts: the first cell then checks in
		// about a millisecond instead of 15–20.
		go warmTypecheck()
	})
	s := &Session{opts: opts, inline: opts.InlineImages != ""}
	s.depth = &run.DepthCounter{Limit: opts.maxDepth()}
	if err := s.start(); err != nil {
		return nil, err
	}
	return s, nil
}

// start gives the session a fresh interpreter with the prelude in scope and
// forgets every name and cell: New, and .reset.
func (s *Session) start() error {
	s.in = nil
	s.names = map[string]string{}
	s.types = map[string]string{}
	s.typesNamed = map[string]string{}
	s.methods = map[string]string{}
	s.imports = map[string]string{}
	s.generic = map[string]bool{"min": true, "max": true}
	s.decls = map[string]string{}
	s.funcs, s.funcSeq, s.held, s.kept = nil, 0, nil, nil
	s.errorMethods, s.errorsDirty, s.errorCases = map[string]bool{}, false, ""
	s.typeNames = nil
	s.cells, s.unwritten = nil, nil
	s.captured, s.stash = nil, nil
	s.tmp = 0
	s.tc = newTypechecking()
	s.stderr = &lineFilter{emit: func(text string) {
		if !s.exiting.Load() {
			s.emit(func(o Output) { o.Stderr(text) })
		}
	}}
	stdin := s.opts.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}

	// With YAEGI_SPECIAL_STDIO set, os.Stdout and os.Stderr in interpreted
	// code are our writers (typed io.Writer) rather than the process's files.
	newMu.Lock()
	old, had := os.LookupEnv("YAEGI_SPECIAL_STDIO")
	os.Setenv("YAEGI_SPECIAL_STDIO", "1")
	if s.mods == nil && s.modsErr == nil {
		s.mods, s.modsErr = modules.Cache()
	}
	var src fs.FS
	if s.mods != nil {
		src = s.mods.FS() // fetched packages, as GOPATH/src/PATH
	}
	in := interp.New(interp.Options{
		Stdin:                stdin,
		Stdout:               stdoutWriter{s},
		Stderr:               s.stderr,
		Args:                 []string{"divergo"},
		Env:                  os.Environ(),
		SourcecodeFilesystem: src,
	})
	if had {
		os.Setenv("YAEGI_SPECIAL_STDIO", old)
	} else {
		os.Unsetenv("YAEGI_SPECIAL_STDIO")
	}
	newMu.Unlock()

	std := interp.Exports(symbols.Stdlib())
	s.recoverCallbacks(std)
	s.timers.WatchTimers(std) // after recoverCallbacks: it wraps its AfterFunc
	run.ExitSymbols(std, s.exited)
	if err := in.Use(std); err != nil {
		return err
	}
	if err := in.Use(yunsafe.Symbols); err != nil { // unsafe: Sizeof, Pointer, Add…
		return err
	}
	// Floats converted to integers as gc converts them (check.FloatToInt).
	if err := in.Use(interp.Exports(check.ConversionHooks())); err != nil {
		return err
	}
	run.ExitLog(in, s.exited) // after Use, which rebinds package log's functions
	run.Flags(in, s.exited)   // after Use, which replaces flag.CommandLine
	own := interp.Exports{}
	for k, v := range symbols.Symbols {
		own[k] = v
	}
	// The display package of this session: the generated table plus the
	// functions that reach the running cell's output.
	disp := map[string]reflect.Value{}
	for k, v := range symbols.Symbols["github.com/divergo/divergo/display/display"] {
		disp[k] = v
	}
	disp["ClearOutput"] = reflect.ValueOf(s.clearOutput)
	disp["UpdateDisplay"] = reflect.ValueOf(s.update)
	disp["Display"] = reflect.ValueOf(s.display)
	own["github.com/divergo/divergo/display/display"] = disp
	own["display/display"] = disp
	own["github.com/gopherdata/gophernotes/display"] = disp
	own[rtPath+"/rt"] = s.runtimeSymbols()
	own["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(check.ModernMapTypes())}
	if err := in.Use(own); err != nil {
		return err
	}
	s.in = in
	if err := s.prelude(); err != nil {
		return fmt.Errorf("session prelude: %w", err)
	}
	run.ReleaseRoots(s.in)
	return nil
}

const rtPath = "github.com/divergo/divergo/session/rt"

// preludeImports are the packages in scope in every cell, by import path.
var preludeImports = []string{
	"fmt", "math", "strings", "strconv", "sort", "time", "os", "errors", "image",
	"gonum.org/v1/gonum/stat", "gonum.org/v1/gonum/floats", "gonum.org/v1/gonum/mat",
	"gonum.org/v1/plot", "gonum.org/v1/plot/plotter", "gonum.org/v1/plot/vg", "gonum.org/v1/plot/vg/draw",
	"github.com/divergo/divergo/display", "github.com/divergo/divergo/plots",
}

// preludeFuncs provides Go 1.21's min, max and clear, which yaegi lacks.
// __divergoMin and __divergoMax take all their operands as variadic
// arguments, which the interpreter copies as they are (it dropped a −0
// given to a parameter: check's negzero.go), and order −0 below +0 as Go
// does; a typed cell calls them with the type argument written out
// (check.NegativeZeroArgs), min and max otherwise, which lose a −0 first
// operand.
// Type parameters are named __T: yaegi leaks a generic function's type
// parameter names into the global scope, and a cell's own type T then
// failed ("nil type", "too many arguments").
const preludeFuncs = `
type __divergoOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func min[__T __divergoOrdered](x __T, ys ...__T) __T {
	m := x
	for _, y := range ys {
		if y < m || y != y {
			m = y
		}
	}
	return m
}

func max[__T __divergoOrdered](x __T, ys ...__T) __T {
	m := x
	for _, y := range ys {
		if y > m || y != y {
			m = y
		}
	}
	return m
}

func __divergoMin[__T __divergoOrdered](xs ...__T) __T {
	m := xs[0]
	for _, y := range xs[1:] {
		if m != m {
			return m
		}
		if y < m || y != y || y == m && __divergo.ZeroBelow(y, m) {
			m = y
		}
	}
	return m
}

func __divergoMax[__T __divergoOrdered](xs ...__T) __T {
	m := xs[0]
	for _, y := range xs[1:] {
		if m != m {
			return m
		}
		if y > m || y != y || y == m && __divergo.ZeroBelow(m, y) {
			m = y
		}
	}
	return m
}

func clear(x interface{}) { __divergo.Clear(x) }

// The renderer interfaces again, declared in interpreted code: yaegi
// tests a cell's type correctly with a two-value assertion on a parameter,
// then calls its method through a type switch (see showValue below).
type __divergoRenderer interface{ Render() display.Data }
type __divergoSimpleRenderer interface{ SimpleRender() display.MIMEMap }
type __divergoHTMLer interface{ HTML() string }
type __divergoJavaScripter interface{ JavaScript() string }
type __divergoJPEGer interface{ JPEG() []byte }
type __divergoJSONer interface{ JSON() map[string]interface{} }
type __divergoLatexer interface{ Latex() string }
type __divergoMarkdowner interface{ Markdown() string }
type __divergoPNGer interface{ PNG() []byte }
type __divergoPDFer interface{ PDF() []byte }
type __divergoSVGer interface{ SVG() string }
type __divergoStringer interface{ String() string }
type __divergoErrorer interface{ Error() string }

func __divergoShow(vs ...interface{}) {
	if len(vs) != 1 || !__divergo.RenderBegin(vs[0]) {
		__divergo.Show(vs...)
		for i, v := range vs {
			// As fmt prints them: Error before String.
			if _, ok := v.(__divergoErrorer); ok && len(vs) > 1 {
				switch r := v.(type) {
				case __divergoErrorer:
					__divergoText(i, r.Error)
				}
			} else if _, ok := v.(__divergoStringer); ok && len(vs) > 1 {
				switch r := v.(type) {
				case __divergoStringer:
					__divergoText(i, r.String)
				}
			}
		}
		return
	}
	__divergoRender(vs[0])
}

// __divergoText gives the session the text of the i-th of several values
// shown; a method that panics (on a nil receiver) leaves the value to be
// shown as it is (<nil>).
func __divergoText(i int, method func() string) {
	defer func() { recover() }()
	__divergo.ShowText(i, method())
}

// __divergoShow1 shows the value of an expression that is not a call: one
// value, even a []interface{}, which a variadic call would spread.
func __divergoShow1(v interface{}) { __divergoShow(v) }

func __divergoRender(v interface{}) {
	if _, ok := v.(__divergoRenderer); ok {
		switch r := v.(type) {
		case __divergoRenderer:
			__divergo.RenderData(r.Render())
		}
	}
	if _, ok := v.(__divergoSimpleRenderer); ok {
		switch r := v.(type) {
		case __divergoSimpleRenderer:
			__divergo.RenderMap(r.SimpleRender())
		}
	}
	if _, ok := v.(__divergoHTMLer); ok {
		switch r := v.(type) {
		case __divergoHTMLer:
			__divergo.RenderPart(display.MIMETypeHTML, r.HTML())
		}
	}
	if _, ok := v.(__divergoJavaScripter); ok {
		switch r := v.(type) {
		case __divergoJavaScripter:
			__divergo.RenderPart(display.MIMETypeJavaScript, r.JavaScript())
		}
	}
	if _, ok := v.(__divergoJPEGer); ok {
		switch r := v.(type) {
		case __divergoJPEGer:
			__divergo.RenderPart(display.MIMETypeJPEG, r.JPEG())
		}
	}
	if _, ok := v.(__divergoJSONer); ok {
		switch r := v.(type) {
		case __divergoJSONer:
			__divergo.RenderPart(display.MIMETypeJSON, r.JSON())
		}
	}
	if _, ok := v.(__divergoLatexer); ok {
		switch r := v.(type) {
		case __divergoLatexer:
			__divergo.RenderPart(display.MIMETypeLatex, r.Latex())
		}
	}
	if _, ok := v.(__divergoMarkdowner); ok {
		switch r := v.(type) {
		case __divergoMarkdowner:
			__divergo.RenderPart(display.MIMETypeMarkdown, r.Markdown())
		}
	}
	if _, ok := v.(__divergoPNGer); ok {
		switch r := v.(type) {
		case __divergoPNGer:
			__divergo.RenderPart(display.MIMETypePNG, r.PNG())
		}
	}
	if _, ok := v.(__divergoPDFer); ok {
		switch r := v.(type) {
		case __divergoPDFer:
			__divergo.RenderPart(display.MIMETypePDF, r.PDF())
		}
	}
	if _, ok := v.(__divergoSVGer); ok {
		switch r := v.(type) {
		case __divergoSVGer:
			__divergo.RenderPart(display.MIMETypeSVG, r.SVG())
		}
	}
	// As fmt prints it: Error before String.
	if _, ok := v.(__divergoErrorer); ok {
		switch r := v.(type) {
		case __divergoErrorer:
			__divergo.RenderText(r.Error())
		}
	} else if _, ok := v.(__divergoStringer); ok {
		switch r := v.(type) {
		case __divergoStringer:
			__divergo.RenderText(r.String())
		}
	}
	__divergo.RenderEnd(v)
}

// display.Any and display.Auto in a cell are rewritten to these: a value of
// a type declared in a cell shows its display methods to interpreted code
// only (see __divergoRender); other values go to the display package.
func __divergoAny(mimeType string, v interface{}) display.Data {
	if __divergo.CollectBegin(v) {
		__divergoRender(v)
		if d, ok := __divergo.CollectEnd(); ok {
			return d
		}
	}
	return __divergo.Bundle(mimeType, v)
}

func __divergoAuto(v interface{}) display.Data { return __divergoAny("", v) }

// Display shows any value the session can show (a bundle, a figure, a
// table, an image, a value with display methods) in the cell's output.
func __divergoDisplay(v interface{}) error { return __divergo.Display(__divergoAuto(v)) }
`

func (s *Session) prelude() error {
	var b strings.Builder
	b.WriteString("import (\n")
	for _, p := range preludeImports {
		fmt.Fprintf(&b, "\t%q\n", p)
	}
	fmt.Fprintf(&b, "\t. %q\n", "github.com/divergo/divergo/builtins")
	fmt.Fprintf(&b, "\t__divergo %q\n", rtPath)
	b.WriteString(")\n")
	if _, err := s.in.Eval(b.String()); err != nil {
		return err
	}
	for _, p := range preludeImports {
		name := p[strings.LastIndex(p, "/")+1:]
		s.names[name] = "package"
		s.imports[name] = p
	}
	if _, err := s.in.Eval(preludeFuncs); err != nil {
		return err
	}
	// Session globals, declared in interpreted code so that they are
	// ordinary variables of the cell's package.
	_, err := s.in.Eval("var Display = __divergoDisplay\nvar Query = __divergo.Query\nvar SQLTable = __divergo.SQLTable")
	if err != nil {
		return err
	}
	_, err = s.in.Eval(errorAsserts)
	return err
}

// errorAsserts are what a cell's assertion to error becomes
// (check.ErrorAsserts): the interpreter's v.(error) of a value of a cell's
// type with an Error method was false (recover's value of a cell's error
// type, an any). __divergoAsError is a variable, which the session assigns
// anew, with a case for each such type, whenever a cell declares an Error
// method (errorTypes), so that functions of earlier cells see the new
// types too.
const errorAsserts = `
func __divergoStdError(v interface{}) (error, bool) { return __divergo.AsError(v) }

var __divergoNameTypes = __divergo.NameTypes

var __divergoAsError = __divergoStdError

func __divergoMustError(v interface{}) error {
	e, ok := __divergoAsError(v)
	if !ok {
		panic(__divergo.AssertionFailed(v, "", "", "error", "Error"))
	}
	return e
}
`

// errorTypes assigns __divergoAsError anew when the cell declared an
// Error method (see errorAsserts), or made a struct type of the session
// an error by a method promoted from an embedded field (type Wrapped
// struct{ error }, as the checker's picture tells): a case for each
// struct type of the session that is an error, and for pointers to it.
// The assignment runs as a cell
// of its own, through the checker and its lowerings (a value of a cell's
// type returned as an error needs them), which the session does not keep
// among its cells (a replay declares the methods again, and so assigns it
// again). Types of other kinds (type Code int) are left out: the lowered
// assertion to Code matches an int too, and a cell's assertion to error
// is refused while one exists (check.ErrorAssertRefusal).
func (s *Session) errorTypes(ctx context.Context) {
	// The checker's picture knows the struct types whose Error method is
	// promoted from an embedded field (type Wrapped struct{ error }) too.
	cases := s.tc.c.ErrorStructs()
	if cases != nil || s.errorCases != "" {
		if strings.Join(cases, " ") == s.errorCases && !s.errorsDirty {
			return
		}
		s.errorsDirty = false
		s.errorCases = strings.Join(cases, " ")
	} else {
		if !s.errorsDirty {
			return
		}
		s.errorsDirty = false
		var names []string
		for name := range s.errorMethods {
			if s.names[name] == "type" && strings.HasPrefix(s.types[name], name+" struct") {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			if !s.errorMethods[name] { // a value receiver: the value is an error too
				cases = append(cases, name)
			}
			cases = append(cases, "*"+name)
		}
	}
	if len(cases) == 0 {
		return
	}
	var b strings.Builder
	b.WriteString("__divergoAsError = func(v any) (error, bool) {\n\tswitch x := v.(type) {\n")
	for _, c := range cases {
		fmt.Fprintf(&b, "\tcase %s:\n\t\treturn x, true\n", c)
	}
	b.WriteString("\t}\n\treturn __divergoStdError(v)\n}")
	s.hidden = true
	_, err := s.evalGoCell(ctx, b.String(), discard{})
	s.hidden = false
	if err != nil && os.Getenv("DIVERGO_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "divergo: the session's assertions to error: %v\n%s\n", err, b.String())
	}
	// Refused, the function stays as it was, without the new types: a
	// later cell's assertion to error is refused (check.ErrorAsserts).
	reason := ""
	if err != nil {
		reason = err.Error()
		if e, ok := err.(*Error); ok {
			reason = e.Msg
		}
	}
	if s.tc.c != nil {
		s.tc.c.ErrorAssertsBroken(reason)
	}
}

// discard is an Output that keeps nothing.
type discard struct{}

func (discard) Stdout(string)               {}
func (discard) Stderr(string)               {}
func (discard) Display(display.Data)        {}
func (discard) Update(string, display.Data) {}
func (discard) Clear(bool)                  {}

// emit calls f with the running cell's output, if any.
func (s *Session) emit(f func(Output)) {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	if s.out != nil {
		f(s.out)
	}
}

// DefaultMaxOutput is how much text a cell may print, on standard output
// and on standard error each: 1 MiB. What it prints beyond is dropped, and
// one note on standard error says so; the cell keeps running. A cell that
// prints without end then costs the front end nothing more: the terminal
// and Jupyter stay responsive, and an interrupt stops the cell.
// Options.MaxOutput changes it.
const DefaultMaxOutput = 1 << 20

// outputCap counts the text a cell printed on one stream and cuts it at
// the limit.
type outputCap struct {
	limit int // bytes; < 0 for no limit
	n     int // bytes passed so far
	full  bool
}

// take returns the part of text that fits under the limit and, once, the
// note that says the rest is dropped.
func (c *outputCap) take(text string) (keep, note string) {
	if c.limit == 0 {
		c.limit = DefaultMaxOutput
	}
	if c.limit < 0 {
		return text, ""
	}
	if c.full {
		return "", ""
	}
	if c.n+len(text) <= c.limit {
		c.n += len(text)
		return text, ""
	}
	cut := c.limit - c.n
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	keep = text[:cut]
	if keep != "" && !strings.HasSuffix(keep, "\n") {
		keep += "\n"
	}
	c.n, c.full = c.limit, true
	return keep, fmt.Sprintf("output truncated after %s; the cell keeps running (interrupt it to stop it)\n", sizeText(c.limit))
}

// sizeText is a number of bytes as a person writes it: 1 MiB, 64 KiB, 100 bytes.
func sizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// startOutput gives a cell starting its own allowance of output.
func (s *Session) startOutput() {
	limit := s.opts.MaxOutput
	if limit == 0 {
		limit = DefaultMaxOutput
	}
	s.outMu.Lock()
	s.stdoutCap = outputCap{limit: limit}
	s.outMu.Unlock()
	s.stderr.restart(limit)
}

type stdoutWriter struct{ s *Session }

// exited notes that the running cell called os.Exit (or log.Fatal): the
// deferred functions the interpreter still runs while the cell ends print
// nothing, as Go's os.Exit runs none. Eval clears it.
func (s *Session) exited() { s.exiting.Store(true) }

// Write shows what the cell printed, up to the cell's allowance (see
// DefaultMaxOutput); text written between cells waits for the next one.
func (w stdoutWriter) Write(p []byte) (int, error) {
	s := w.s
	if s.exiting.Load() {
		return len(p), nil // after os.Exit: see exited
	}
	s.lastWrite.Store(time.Now().UnixNano())
	s.outMu.Lock()
	defer s.outMu.Unlock()
	if s.out != nil {
		keep, note := s.stdoutCap.take(string(p))
		if keep != "" {
			s.out.Stdout(keep)
		}
		if note != "" {
			s.out.Stderr(note)
		}
	} else if len(s.pending) < 1000 {
		s.pending = append(s.pending, string(p))
	}
	return len(p), nil
}

// settle waits, after an interrupt, until the stopped cell's interpreted
// code has stopped printing (it stops at its next step, but a line may be
// on its way), at most 100 ms: what it prints then is still the cell's,
// not the next cell's.
func (s *Session) settle() {
	for i := 0; i < 10; i++ {
		time.Sleep(10 * time.Millisecond)
		if time.Since(time.Unix(0, s.lastWrite.Load())) >= 10*time.Millisecond {
			return
		}
	}
}

// lineFilter passes standard error through line by line, dropping the
// "1:28: panic: main(...)" lines yaegi writes when a panic unwinds
// interpreted frames: the session reports the panic itself. It passes up
// to the cell's allowance of output (see DefaultMaxOutput); a line longer
// than the allowance is passed as it comes, without waiting for its end.
type lineFilter struct {
	mu     sync.Mutex
	buf    []byte
	emit   func(string)
	cap    outputCap
	frames []string // the panic lines dropped since restart, innermost first
}

// panicFrames returns the panic lines yaegi wrote since the cell started
// ("4:1: panic: main(...)", innermost frame first).
func (f *lineFilter) panicFrames() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.frames...)
}

func (f *lineFilter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.cap.full {
		return len(p), nil
	}
	f.buf = append(f.buf, p...)
	for {
		i := bytes.IndexByte(f.buf, '\n')
		if i < 0 {
			break
		}
		line := string(f.buf[:i+1])
		f.buf = f.buf[i+1:]
		if yaegiPanicLine(line) {
			f.frames = append(f.frames, strings.TrimSuffix(line, "\n"))
		} else {
			f.pass(line)
			if f.cap.full {
				f.buf = nil
				return len(p), nil
			}
		}
	}
	if f.cap.limit >= 0 && len(f.buf) > f.cap.limit {
		f.pass(string(f.buf))
		f.buf = nil
	}
	return len(p), nil
}

// pass emits text, up to the allowance; f.mu is held.
func (f *lineFilter) pass(text string) {
	keep, note := f.cap.take(text)
	if keep != "" {
		f.emit(keep)
	}
	if note != "" {
		f.emit(note)
	}
}

func (f *lineFilter) flush() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.buf) > 0 {
		f.pass(string(f.buf))
		f.buf = nil
	}
}

// restart gives a cell starting its allowance of output (limit bytes; < 0
// for no limit).
func (f *lineFilter) restart(limit int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.cap = outputCap{limit: limit}
	f.frames = nil
}

// yaegiPanicLine matches "1:28: panic: main(...)" and "_.go:3:1: panic: f(...)".
func yaegiPanicLine(line string) bool {
	line = strings.TrimSuffix(line, "\n")
	i := strings.Index(line, ": panic: ")
	if i < 0 || !strings.HasSuffix(line, "(...)") {
		return false
	}
	return posRe.MatchString(line[:i+1])
}

// InterpreterPanicLine reports whether line is one the interpreter writes
// to standard error as a panic unwinds a frame ("5:15: panic: main.main(...)"),
// for package gorun, which reports the panic itself as this package does.
func InterpreterPanicLine(line string) bool { return yaegiPanicLine(line) }

// runtimeSymbols are the native helpers the rewritten cells call, imported
// under the name __divergo.
func (s *Session) runtimeSymbols() map[string]reflect.Value {
	syms := map[string]reflect.Value{
		"Show":         reflect.ValueOf(s.show),
		"ShowText":     reflect.ValueOf(s.showText),
		"RenderBegin":  reflect.ValueOf(s.renderBegin),
		"RenderData":   reflect.ValueOf(s.renderData),
		"RenderMap":    reflect.ValueOf(s.renderMap),
		"RenderPart":   reflect.ValueOf(s.renderPart),
		"RenderText":   reflect.ValueOf(s.renderText),
		"RenderEnd":    reflect.ValueOf(s.renderEnd),
		"CollectBegin": reflect.ValueOf(s.collectBegin),
		"CollectEnd":   reflect.ValueOf(s.collectEnd),
		"GoPanic":      reflect.ValueOf(s.goPanic),
		"RangeInt":     reflect.ValueOf(rangeInt),
		"Stashed":      reflect.ValueOf(func(k int) any { return s.stash[k] }),
		"Return":       reflect.ValueOf(func(at int) { panic(cellReturn{at}) }),
		"Clear":        reflect.ValueOf(clearValue),
		"Display":      reflect.ValueOf(s.display),
		"Bundle":       reflect.ValueOf(s.bundle),
		"Update":       reflect.ValueOf(s.update),
		"Query":        reflect.ValueOf(s.sqlQuery),
		"SQLTable":     reflect.ValueOf(s.sqlTable),
		"At":           reflect.ValueOf(func(i int) { s.stmtAt = i }),
		"Enter":        reflect.ValueOf(s.depth.Enter),
		"Leave":        reflect.ValueOf(s.depth.Leave),
	}
	// The template functions' native helpers (check.Modern); the
	// session's own Clear stays.
	for k, v := range check.ModernSymbols() {
		if _, ok := syms[k]; !ok {
			syms[k] = v
		}
	}
	return syms
}

// show receives the values of a cell's trailing expression.
func (s *Session) show(vals ...any) {
	s.captured = append(s.captured[:0], vals...)
	s.capturedText = nil
	s.showing = true
}

// showText receives the String of the i-th of several values shown.
func (s *Session) showText(i int, text string) {
	if s.capturedText == nil {
		s.capturedText = map[int]string{}
	}
	s.capturedText[i] = text
}

// plainValue is v, or for yaegi's wrapper of a value of a cell's type with
// methods, the value inside (see unwrapInterpreted) as a plain Go value,
// so that it shows as {1 2} and not as the wrapper's two pointers.
func plainValue(v any) any {
	if inner, ok := unwrapInterpreted(v).(reflect.Value); ok && inner.CanInterface() {
		return inner.Interface()
	}
	return v
}

// showValue: a cell's trailing value of a type declared in a cell satisfies
// none of display's renderer interfaces through reflection (yaegi), so the
// interpreted __divergoShow tests them with type switches inside a function
// (in yaegi v0.16 the two-value assertion is right but a method call on
// its result panics, and a binding type switch matches any interface: so
// the assertion tests, then a type switch calls) and
// passes what each method returns to these helpers. A native value, or an interpreted
// one with none of the interfaces, goes through show as before.

// renderBegin starts a bundle for v, unless v is native (its methods are
// visible to reflection, so result renders it).
func (s *Session) renderBegin(v any) bool {
	if v == nil || reflect.TypeOf(v).NumMethod() > 0 {
		return false
	}
	s.rendering = &display.Data{Data: display.MIMEMap{}}
	s.renderFound = false
	return true
}

// renderMerge copies src into dst; replace overwrites keys already set.
func renderMerge(dst *display.MIMEMap, src display.MIMEMap, replace bool) {
	for k, x := range src {
		if *dst == nil {
			*dst = display.MIMEMap{}
		}
		if _, done := (*dst)[k]; replace || !done {
			(*dst)[k] = x
		}
	}
}

func (s *Session) renderData(d display.Data) {
	if s.rendering != nil {
		renderMerge(&s.rendering.Data, d.Data, true)
		renderMerge(&s.rendering.Metadata, d.Metadata, true)
		renderMerge(&s.rendering.Transient, d.Transient, true)
		s.renderFound = true
	}
}

func (s *Session) renderMap(m display.MIMEMap) {
	if s.rendering != nil {
		renderMerge(&s.rendering.Data, m, true)
		s.renderFound = true
	}
}

func (s *Session) renderPart(mime string, x any) {
	if s.rendering != nil {
		renderMerge(&s.rendering.Data, display.MIMEMap{mime: x}, false)
		s.renderFound = true
	}
}

func (s *Session) renderText(text string) {
	if s.rendering != nil {
		renderMerge(&s.rendering.Data, display.MIMEMap{display.MIMETypeText: text}, false)
		// A String method alone shows the value too: without it, the value
		// would print as the interpreter's wrapper of a cell's type.
		s.renderFound = true
	}
}

// renderEnd shows the bundle built, or v itself if no interface matched.
func (s *Session) renderEnd(v any) {
	d, found := s.rendering, s.renderFound
	s.rendering, s.renderFound = nil, false
	if found {
		renderMerge(&d.Data, display.MIMEMap{display.MIMETypeText: fmt.Sprint(unwrapInterpreted(v))}, false)
	}
	switch {
	case s.collecting: // for __divergoAny: keep it, show nothing
		if found {
			s.collected = d
		}
	case found:
		s.show(*d)
	default:
		s.show(v)
	}
}

// collectBegin starts rendering v for __divergoAny: like renderBegin, but
// the bundle is kept for collectEnd instead of shown.
func (s *Session) collectBegin(v any) bool {
	if !s.renderBegin(v) {
		return false
	}
	s.collecting, s.collected = true, nil
	return true
}

// collectEnd returns the bundle collected since collectBegin, if a display
// method was found.
func (s *Session) collectEnd() (display.Data, bool) {
	d := s.collected
	s.collecting, s.collected = false, nil
	if d == nil {
		return display.Data{}, false
	}
	return *d, true
}

// unwrapInterpreted returns the value inside yaegi's wrapper of a value of a
// cell's type with methods, interp.valueInterface{node, value reflect.Value},
// which fmt would otherwise print as two pointers; other values come back
// as they are. The field is unexported, hence the unsafe read of a copy.
func unwrapInterpreted(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct || rv.Type().PkgPath() != "github.com/traefik/yaegi/interp" ||
		rv.NumField() != 2 || rv.Type().Field(1).Type != reflect.TypeOf(reflect.Value{}) {
		return v
	}
	cp := reflect.New(rv.Type()).Elem()
	cp.Set(rv)
	inner := *(*reflect.Value)(unsafe.Pointer(cp.Field(1).UnsafeAddr()))
	if !inner.IsValid() {
		return v
	}
	return inner // fmt prints the value a reflect.Value holds
}

func (s *Session) display(d display.Data) error {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	if s.out == nil {
		return errors.New("Display: no cell is running")
	}
	s.out.Display(d)
	return nil
}

// clearOutput is display.ClearOutput: clear the cell's output (when the
// next output arrives, if wait).
func (s *Session) clearOutput(wait bool) {
	s.emit(func(o Output) { o.Clear(wait) })
}

// update is display.UpdateDisplay: replace the bundle shown under id.
func (s *Session) update(id string, d display.Data) error {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	if s.out == nil {
		return errors.New("Update: no cell is running")
	}
	s.out.Update(id, d)
	return nil
}

func (s *Session) goPanic(cell int, r any) {
	if v, ok := r.(reflect.Value); ok && v.IsValid() && v.CanInterface() {
		r = v.Interface()
	}
	g := goPanic{cell, panicMessage(r)}
	s.goMu.Lock()
	s.goPanics = append(s.goPanics, g)
	s.goMu.Unlock()
	if cell != 0 && s.goCell.Load() == int64(cell) {
		// Go's program dies at the panic: the cell that started the
		// goroutine stops there, as an interrupt stops it, and fails
		// with the panic (it went on, printing what followed, or
		// waited on a channel the goroutine would have sent on and
		// reported a deadlock).
		s.depth.StopCell(g.text(cell))
	}
}

// recoverCallbacks replaces time.AfterFunc, which runs a function on a
// goroutine of its own (where a panic would end the process), with a
// version whose goroutine recovers a panic and reports it as one in a
// goroutine a cell started (cell 0: reported by the next cell).
// (context.AfterFunc fails in yaegi v0.16.1 with a nil dereference.)
func (s *Session) recoverCallbacks(std interp.Exports) {
	safe := func(f func()) func() {
		return func() {
			defer func() {
				if r := recover(); r != nil {
					s.goPanic(0, r)
				}
			}()
			f()
		}
	}
	t := map[string]reflect.Value{}
	for k, v := range std["time/time"] {
		t[k] = v
	}
	t["AfterFunc"] = reflect.ValueOf(func(d time.Duration, f func()) *time.Timer { return time.AfterFunc(d, safe(f)) })
	std["time/time"] = t
}

// goPanic is a panic recovered in a goroutine started by a cell.
type goPanic struct {
	cell int
	msg  string
}

// text is the panic's message as reported during cell n.
func (g goPanic) text(n int) string {
	if g.cell == n {
		return g.msg + " (in a goroutine)"
	}
	if g.cell == 0 {
		return g.msg + " (in a callback of time.AfterFunc)"
	}
	return fmt.Sprintf("%s (in a goroutine started by cell %d)", g.msg, g.cell)
}

// rangeInt is the range expression of a rewritten `for i := range x` whose
// x the front end could not tell statically: 0..x-1 for an integer, the
// indices of a slice, array or pointer to array.
func rangeInt(x any) []struct{} {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return make([]struct{}, max(v.Int(), 0))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return make([]struct{}, v.Uint())
	case reflect.Slice, reflect.Array:
		return make([]struct{}, v.Len())
	case reflect.Pointer:
		if v.Elem().Kind() == reflect.Array {
			return make([]struct{}, v.Elem().Len())
		}
	case reflect.Func:
		panic(run.PlainError("range over a function runs only in a cell the checker could type-check (this one names something of a type it does not know); call the function with a yield callback instead"))
	}
	panic(run.PlainError(fmt.Sprintf("cannot range over this %T here: the interpreter took it for a range over an integer; write the loop with both key and value, or with an explicit index", x)))
}

// clearValue is Go 1.21's clear for maps and slices.
func clearValue(x any) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Map:
		v.Clear()
	case reflect.Slice:
		v.Clear()
	case reflect.Invalid:
	default:
		panic(run.PlainError(fmt.Sprintf("invalid argument: clear(%T): argument must be a map or slice", x)))
	}
}

// Names returns the names declared by the session's cells, sorted, with
// their kinds: "var", "const", "func", "type" or "package".
func (s *Session) Names() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := make(map[string]string, len(s.names))
	for k, v := range s.names {
		m[k] = v
	}
	return m
}

// SortedNames returns the declared names in order.
func (s *Session) SortedNames() []string {
	m := s.Names()
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Cells returns the cells that ran without error, in order.
func (s *Session) Cells() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.cells...)
}

// SetDigits sets the significant digits of float results (0: shortest).
func (s *Session) SetDigits(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.Digits = n
}

// nameTypes gives the runtime the names of the session's struct and
// array types declared or changed since (check.NameTypes), for the
// messages that name a type where the interpreter's reflection writes its
// structure: a failed assertion in a function of an earlier cell
// (interface conversion: main.Shape is main.Square, not main.Circle,
// where it wrote struct { S float64 }), a hash of an unhashable type.
// The call is given to the interpreter directly, not kept among the
// cells (a replay declares the types again, and so names them again).
func (s *Session) nameTypes(ctx context.Context) {
	var names []string
	for name, def := range s.types {
		rest, ok := strings.CutPrefix(def, name+" ")
		array := strings.HasPrefix(rest, "[") && !strings.HasPrefix(rest, "[]")
		if !ok || s.names[name] != "type" || s.typesNamed[name] == def || !strings.HasPrefix(rest, "struct") && !array {
			continue // not a struct or array type (an alias, a generic type), or named already
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return
	}
	sort.Strings(names)
	var args []string
	for _, name := range names {
		args = append(args, fmt.Sprintf("%q, %s{}", "main."+name, name))
	}
	// Given to the interpreter directly, not as a cell: the checker would
	// take the zero values for values of the types stored in an any, and
	// judge later cells by that.
	_, err := s.evalDirect(ctx, "__divergoNameTypes("+strings.Join(args, ", ")+")")
	if err != nil {
		if os.Getenv("DIVERGO_DEBUG") != "" {
			fmt.Fprintf(os.Stderr, "divergo: naming the session's types: %v\n", err)
		}
		return
	}
	for _, name := range names {
		s.typesNamed[name] = s.types[name]
	}
}

// evalDirect gives src to the interpreter as it is, outside the cells'
// checker and lowerings, turning its panics into errors (nameTypes).
func (s *Session) evalDirect(ctx context.Context, src string) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s.in.EvalWithContext(ctx, src)
}
