// Package gorun runs a Go program from its source, as `go run FILE.go
// ARGS…` does, on the interpreter divergo embeds: `divergo run`.
//
// The program is first type-checked by go/types (package check's importer:
// export data embedded in the binary), and a program Go rejects is
// reported as the go command reports it — "# command-line-arguments", then
// "./prog.go:3:5: declared and not used: x", exit status 1 — without
// running anything. Then it runs: declarations in any order, main called
// once, os.Args holding the file and ARGS, os.Exit ending the process with
// its status, an unrecovered panic printed as "panic: …" with exit status 2.
// The builtins (github.com/divergo/divergo/builtins), gonum, gonum/plot and
// the rest of the session's packages are importable by their paths, and
// any other pure-Go package from a module: the program's own go.mod
// decides where its directory (or one above) has one, as for go run;
// elsewhere the package is fetched into the session's module directory
// (package modules), as a cell's import is.
//
// Before it runs, the program is lowered for the interpreter's Go 1.21
// dialect with Go's types (lower.go and package check's passes, the same
// as a session's): the builtins println, print, min, max and clear, range
// over an integer or a function, the generic packages slices, maps, cmp
// and iter, per-iteration loop variables that closures capture, defer
// arguments, and where the program's values meet the standard library
// (check.Boundary); what it cannot lower it refuses, naming the construct
// (refuse.go). Each instantiation of a generic function of the program is
// first written as a function of its own (monomorph.go), which the
// lowerings and the interpreter handle as plain code. Not yet: the session's other rewrites of yaegi's bugs.
// TestDifferential (package main) and bench/differential.py measure how
// far programs run as with `go run`.
package gorun

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib/unrestricted"

	"github.com/divergo/divergo/modules"
	"github.com/divergo/divergo/session"
	"github.com/divergo/divergo/session/check"
	"github.com/divergo/divergo/session/symbols"
	stdsyms "github.com/divergo/divergo/session/symbols/std"
	yunsafe "github.com/traefik/yaegi/stdlib/unsafe"
)

// Exit statuses, as the go command gives them.
const (
	StatusOK      = 0
	StatusCompile = 1 // the program does not compile
	StatusPanic   = 2 // an unrecovered panic
)

// Run runs the program in file with args and returns its exit status (a
// call of os.Exit ends the process itself, as in Go). The program uses the
// process's standard input, output and error, as a Go program does: the
// interpreted os.Stdout is the process's (fmt.Println writes there), and
// the builtin println and print write to standard error.
func Run(file string, args []string) int {
	stdin, stderr := io.Reader(os.Stdin), io.Writer(os.Stderr)
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	// Positions name the file as the go command does.
	name := file
	if !filepath.IsAbs(file) && !strings.HasPrefix(filepath.Clean(file), "..") {
		name = "./" + filepath.Clean(file)
	}
	// Packages from modules: the program's own go.mod where it has one
	// (as go run), else the session's module directory, which fetches.
	mods, err := fetchImports(file, name, src)
	if err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	if mods != nil {
		mods = printlnFS{mods}
	}
	msgs, info, f := compileErrors(name, src)
	if len(msgs) > 0 {
		fmt.Fprintln(stderr, "# command-line-arguments")
		for _, m := range msgs {
			fmt.Fprintln(stderr, m)
		}
		return StatusCompile
	}
	src, f, info = lowerPredeclaredNames(name, src, f, info)
	src, f, info = lowerLocalTypes(name, src, f, info)
	src, f, info = lowerFallthroughDefaults(name, src, f, info)
	src, f, info, why := lowerCallOrder(name, src, f, info)
	if why == "" {
		src, f, info, why = prepare(name, src, f, info)
	}
	if why != "" {
		fmt.Fprintf(stderr, "divergo run: %s: %s\n", name, why)
		return StatusCompile
	}
	abs, _ := filepath.Abs(file) // as Go's runtime names the file (log's Llongfile)
	src, err = lower(src, f, info, abs)
	if err != nil {
		fmt.Fprintf(stderr, "divergo run: %s: %v\n", name, err)
		return StatusCompile
	}
	filter := &panicLineFilter{w: stderr}
	// The process is the program's: the flag package and anything else
	// that reads os.Args natively sees the program's arguments.
	os.Args = append([]string{file}, args...)
	// A flag set of its own: the packages divergo links register theirs
	// on the process's (testing/quick's -quickchecks), which flag.Parse,
	// VisitAll and the usage would show.
	// A package the program imports that registers a flag at its start
	// has it there, as in Go: testing/quick's -quickchecks, on the
	// variable quick reads.
	linked := flag.CommandLine
	flag.CommandLine = flag.NewFlagSet(file, flag.ExitOnError)
	flag.CommandLine.Usage = func() { flag.Usage() }
	if q := linked.Lookup("quickchecks"); q != nil && importsPath(f, "testing/quick") {
		flag.CommandLine.Var(q.Value, q.Name, q.Usage)
	}
	i := interp.New(interp.Options{
		Stdin:        stdin,
		Stdout:       os.Stdout,
		Stderr:       filter,
		Args:         append([]string{file}, args...),
		Env:          os.Environ(),
		Unrestricted: true, // os.Exit exits, as in Go
		// Fetched packages' source, as GOPATH/src/PATH.
		SourcecodeFilesystem: mods,
	})
	std := interp.Exports(symbols.Stdlib())
	// Go ends a program whose goroutines all wait on each other; the
	// interpreter's channel operations hide that from Go's runtime.
	deadlocks := session.NewDeadlockWatch(std)
	go func() {
		deadlocks.Wait()
		filter.flush()
		fmt.Fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\t%s (interpreted)\nexit status 2\n", name)
		os.Exit(StatusPanic)
	}()
	// os.Exit ends the process, as in Go (yaegi's own panics instead).
	osSyms := map[string]reflect.Value{}
	for k, v := range std["os/os"] {
		osSyms[k] = v
	}
	osSyms["Exit"] = reflect.ValueOf(func(code int) {
		filter.flush()
		os.Exit(code)
	})
	std["os/os"] = osSyms
	if err := i.Use(std); err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	// Floats converted to integers as gc converts them (check.FloatToInt).
	if err := i.Use(interp.Exports(check.ConversionHooks())); err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	// A program may exit, run commands and log fatally, as in Go (the
	// interpreter's sandbox turns those into panics or refuses them).
	if err := i.Use(unrestricted.Symbols); err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	if err := i.Use(yunsafe.Symbols); err != nil { // unsafe: Sizeof, Pointer, …
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	if err := i.Use(symbols.Symbols); err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	rtSyms := runtimeSymbols(filter)
	// log's lines with the program's file and line (check.LogPositions).
	var interpLog map[string]reflect.Value // log's functions as the interpreter has them
	rtSyms["LogAt"] = reflect.ValueOf(check.LogPrinter(func(code int) {
		filter.flush()
		os.Exit(code)
	}, func() check.LogTarget { return check.StdLogger(interpLog) }))
	// A goroutine's panic ends the program as Go's does (the catcher
	// check.GoroutinePanics puts first in each goroutine): the
	// interpreter's own re-panic printed "[recovered, repanicked]" and
	// its stack.
	rtSyms["GoroutinePanic"] = reflect.ValueOf(func(r any) {
		text := panicText(r)
		filter.flush()
		if msg, refused := check.PanicRefusal(text); refused {
			fmt.Fprintf(stderr, "divergo run: %s: %s\n", name, msg)
			os.Exit(StatusPanic)
		}
		fmt.Fprintf(stderr, "panic: %s\n\ngoroutine 2 [running]:\nmain.main.func1()\n\t%s (interpreted)\nexit status 2\n", text, name)
		os.Exit(StatusPanic)
	})
	if err := i.Use(interp.Exports{rtPath + "/rt": rtSyms, ".": {"MapTypes": reflect.ValueOf(check.ModernMapTypes())}}); err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	interpLog = i.Symbols("log")["log"]
	// flag.CommandLine is the set the flag package's functions use, and
	// os.Args the slice flag.Parse reads, as in Go: Use put a FlagSet and
	// an os.Args of the interpreter's own there, so that after
	// flag.Int("v", 0, "x") flag.CommandLine.Lookup("v") was nil,
	// flag.CommandLine.SetOutput did not reach flag.PrintDefaults, and
	// flag.Parse did not see the arguments a program put in os.Args.
	if err := i.Use(interp.Exports{
		"flag/flag": {"CommandLine": reflect.ValueOf(&flag.CommandLine).Elem()},
		"os/os":     {"Args": reflect.ValueOf(&os.Args).Elem()},
	}); err != nil {
		fmt.Fprintf(stderr, "divergo run: %v\n", err)
		return StatusCompile
	}
	// log.Fatal writes its line and exits with status 1 (yaegi panics).
	if p := i.Symbols("log")["log"]; p != nil {
		if output, ok := p["Output"].Interface().(func(int, string) error); ok {
			exit := func(s string) { output(3, s); filter.flush(); os.Exit(1) }
			p["Fatal"] = reflect.ValueOf(func(v ...any) { exit(fmt.Sprint(v...)) })
			p["Fatalf"] = reflect.ValueOf(func(format string, v ...any) { exit(fmt.Sprintf(format, v...)) })
			p["Fatalln"] = reflect.ValueOf(func(v ...any) { exit(fmt.Sprintln(v...)) })
			i.Use(stdsyms.Printing(p["Fatal"], p["Fatalf"], p["Fatalln"]))
		}
	}
	// DIVERGO_SHOW_LOWERED=1 shows the lowered program (for divergo's
	// developers, on standard error).
	if os.Getenv("DIVERGO_SHOW_LOWERED") != "" {
		os.Stderr.Write(src)
	}
	prog, err := compile(i, string(src))
	if err == nil {
		_, err = i.Execute(prog)
	}
	filter.flush()
	if err == nil {
		return StatusOK
	}
	var p interp.Panic
	if errors.As(err, &p) {
		if text, ok := check.PanicTextOf(p.Value); ok {
			if msg, refused := check.PanicRefusal(text); refused {
				fmt.Fprintf(stderr, "divergo run: %s: %s\n", name, msg)
				return StatusPanic
			}
		}
		fmt.Fprintf(stderr, "panic: %s\n\ngoroutine 1 [running]:\nmain.main()\n\t%s (interpreted)\nexit status 2\n", panicText(p.Value), name)
		return StatusPanic
	}
	// What the interpreter refuses that go/types accepted: name the
	// construct, never run it wrong.
	fmt.Fprintf(stderr, "divergo run: %s: the interpreter cannot run this program: %v\n", name, err)
	return StatusCompile
}

// prepare applies the source-to-source passes that come before the
// refusals, and returns the program they give and why it is refused ("").
// The program with its generic functions' instantiations copied
// (lowerGenericFuncs) is preferred; where the refusals judge it and not
// the program as written (their judgement of plain code is more cautious
// than of generic code in places), or both, the program as written is
// what runs, or is refused, as before.
func prepare(name string, src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info, string) {
	passes := func(src []byte, f *ast.File, info *types.Info) ([]byte, *ast.File, *types.Info, string) {
		if at, msg := basicImplementerAssert(f, info); at != nil {
			line, col := srcLineCol(src, int(at.Pos()-f.FileStart))
			return src, f, info, fmt.Sprintf("%d:%d: %s", line, col, msg)
		}
		src, f, info = lowerAsserts(name, src, f, info)
		src, f, info = lowerDeferredMethods(name, src, f, info)
		return src, f, info, refuse(f, info, src)
	}
	if msrc, mf, minfo := lowerGenericFuncs(name, src, f, info); mf != f {
		msrc, mf, minfo, why := passes(msrc, mf, minfo)
		if why == "" {
			return msrc, mf, minfo, ""
		}
		if os.Getenv("DIVERGO_SHOW_LOWERED") != "" {
			fmt.Fprintf(os.Stderr, "divergo run: with its generic functions copied, the program is refused: %s\n", why)
		}
	}
	return passes(src, f, info)
}

// compile compiles the lowered program; a panic of the interpreter's
// compiler (reflect.StructOf on a type it built wrong, …), which would end
// the process with the interpreter's stack, becomes an error naming it.
func compile(i *interp.Interpreter, src string) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			if k := strings.IndexByte(msg, '\n'); k >= 0 {
				msg = msg[:k]
			}
			prog, err = nil, fmt.Errorf("its compiler failed (%s)", msg)
		}
	}()
	return i.Compile(src)
}

// fetchImports makes the packages the program imports from modules
// available to the checker and the interpreter: from the module of the
// program's directory when one is above it (its go.mod decides, nothing is
// added to it), else from the session's module directory, which fetches
// what is missing. It returns their source as a GOPATH, or nil when the
// program imports no such package.
func fetchImports(file, name string, src []byte) (fs.FS, error) {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ImportsOnly)
	if err != nil {
		return nil, nil // compileErrors reports it
	}
	var paths []string
	for _, is := range f.Imports {
		path, err := strconv.Unquote(is.Path.Value)
		if err == nil && modules.Remote(path) && !session.Carried(path) {
			paths = append(paths, path)
		}
	}
	if len(paths) == 0 {
		return nil, nil
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	d := modules.Open(filepath.Dir(abs))
	if d == nil {
		if d, err = modules.Cache(); err != nil {
			return nil, err
		}
	}
	if err := d.Need(context.Background(), paths...); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	check.UseModules(d.Path(), paths...)
	return d.FS(), nil
}

// panicText is a panic value as Go's runtime prints it after "panic: ":
// the lines after the first of a string, an error's Error or a String
// indented by a tab, as the runtime's printindented does (a panic of
// fmt.Errorf("…: %w", errors.Join(a, b)) printed its second line flush).
func panicText(v any) string {
	return strings.ReplaceAll(panicValueText(v), "\n", "\n\t")
}

// panicValueText is the text of a panic value (panicText).
func panicValueText(v any) string {
	if text, ok := check.PanicTextOf(v); ok {
		return text // an error's Error, main.Code(3)…
	}
	// The interpreter gives a panic's value as a reflect.Value: its
	// native value is what Go prints (an error's Error, a number).
	for {
		rv, ok := v.(reflect.Value)
		if !ok || !rv.IsValid() || !rv.CanInterface() {
			break
		}
		v = rv.Interface()
	}
	if err, ok := v.(error); ok {
		v = check.Recovered(err) // the interpreter's errors in Go's words
	}
	switch v := v.(type) {
	case error:
		if m, ok := session.GoRuntimeMessage(v.Error()); ok {
			return m
		}
		return v.Error()
	case string:
		if m, ok := session.GoRuntimeMessage(v); ok {
			return m
		}
		return v
	case fmt.Stringer:
		return v.String()
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return fmt.Sprintf("%v", v)
	case reflect.Invalid:
		return "panic called with nil argument"
	}
	// Go prints another value's type and address: (main.T) 0xc000012345.
	return fmt.Sprintf("(%s) %p", reflect.TypeOf(v), &v)
}

// compileErrors are the go command's messages for a program Go rejects
// (at most ten, as the compiler prints), or nil with the program's syntax
// and types. A program whose imports the importer cannot give is not
// judged (nil, and nil types).
func compileErrors(name string, src []byte) ([]string, *types.Info, *ast.File) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) {
			var msgs []string
			for _, e := range list {
				msgs = append(msgs, e.Error())
			}
			return limit(msgs), nil, nil
		}
		return []string{err.Error()}, nil, nil
	}
	imp, err := check.Importer()
	if err != nil {
		return nil, nil, f
	}
	imp = rtImporter{imp}
	for _, is := range f.Imports {
		path := strings.Trim(is.Path.Value, `"`)
		if _, err := imp.Import(path); err != nil {
			return nil, nil, f // not judged: the interpreter says what it lacks
		}
	}
	if f.Name.Name != "main" {
		return []string{fmt.Sprintf("package command-line-arguments is not a main package (%s: package %s)", name, f.Name.Name)}, nil, f
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}, Instances: map[*ast.Ident]types.Instance{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	var msgs []string
	conf := types.Config{
		Importer: imp,
		// Every error, soft ones too ("declared and not used"): the
		// compiler rejects them all.
		Error: func(err error) { msgs = append(msgs, err.Error()) },
	}
	conf.Check("main", fset, []*ast.File{f}, info)
	sort.SliceStable(msgs, func(a, b int) bool { return position(msgs[a]).less(position(msgs[b])) })
	return limit(distinct(msgs)), info, f
}

// pos is a message's line and column, for sorting as the compiler does.
type pos struct{ line, col int }

func (p pos) less(q pos) bool { return p.line < q.line || p.line == q.line && p.col < q.col }

// position reads "file:line:col: …".
func position(msg string) pos {
	parts := strings.SplitN(msg, ":", 4)
	if len(parts) < 4 {
		return pos{}
	}
	l, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	return pos{l, c}
}

// distinct drops a message equal to the one before it. go/types reports
// some errors once per time it checks an expression — a map index argument
// of a variadic call such as fmt.Println(h["x"]) with h a map[rune]int is
// checked twice — while the compiler removes repeated messages: before,
// divergo run printed the line twice where go run prints it once.
func distinct(msgs []string) []string {
	out := msgs[:0]
	for i, m := range msgs {
		if i == 0 || m != msgs[i-1] {
			out = append(out, m)
		}
	}
	return out
}

func limit(msgs []string) []string {
	if len(msgs) > 10 {
		return append(msgs[:10], "too many errors")
	}
	return msgs
}

// panicLineFilter drops the lines yaegi writes when a panic unwinds an
// interpreted frame ("5:15: panic: main.main(...)"): Run reports the panic
// itself, as Go does.
type panicLineFilter struct {
	w   io.Writer
	buf []byte
}

func (f *panicLineFilter) Write(p []byte) (int, error) {
	f.buf = append(f.buf, p...)
	for {
		i := strings.IndexByte(string(f.buf), '\n')
		if i < 0 {
			break
		}
		line := string(f.buf[:i+1])
		f.buf = f.buf[i+1:]
		if !session.InterpreterPanicLine(line) {
			f.w.Write([]byte(line))
		}
	}
	return len(p), nil
}

func (f *panicLineFilter) flush() {
	if len(f.buf) > 0 {
		f.w.Write(f.buf)
		f.buf = nil
	}
}

// importsPath reports whether f imports the package of the path.
func importsPath(f *ast.File, path string) bool {
	if f == nil {
		return false
	}
	for _, is := range f.Imports {
		if strings.Trim(is.Path.Value, "`\"") == path {
			return true
		}
	}
	return false
}
