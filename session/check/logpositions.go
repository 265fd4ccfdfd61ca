package check

// This file gives log's Lshortfile and Llongfile the program's own file
// and line. log asks the runtime for its caller's place, which under the
// interpreter (yaegi v0.16.1) is one of the interpreter's files:
// log.Lshortfile printed "value.go:586: hello" where Go prints
// "main.go:13: hello" (SourceLocations refused it). A call of log's
// printing functions is the place log names, known before the program
// runs, so each one is given to a native helper with it, which writes the
// line as log does (prefix, date and time, file and line, message):
//
//	log.Println("hello")   →   __gorunrt.LogAt(nil, "/…/main.go", 13, 2, "", "hello")
//	l.Printf("%d", n)      →   __gorunrt.LogAt(l, "/…/main.go", 14, 1, "%d", n)
//
// Only in divergo run, and only where every use of log's printing
// functions and methods is such a call: a method value (f := l.Printf)
// or log's Output, whose call depth names a caller further out, is
// refused as before.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"log"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// logPrinters are log's printing functions and *log.Logger's methods,
// with the helper's mode: 0 Print, 1 Printf, 2 Println; plus 3 for Fatal
// and 6 for Panic.
var logPrinters = map[string]int{
	"Print": 0, "Printf": 1, "Println": 2,
	"Fatal": 3, "Fatalf": 4, "Fatalln": 5,
	"Panic": 6, "Panicf": 7, "Panicln": 8,
}

// LogPositions returns the lowerings of f's calls of log's printing
// functions when f uses log.Lshortfile or log.Llongfile (see above), or
// the use that cannot be lowered; file is the program's path as Go's
// runtime names it; line gives a position's line.
//
// others are the other lowerings' spans: a Logger's method the boundary
// gives its text already made (l.Print(rt.Sprintln(a, b)), loggerPrint)
// is written in its plain form.
func LogPositions(f *ast.File, info *types.Info, runtime, file string, line func(token.Pos) int, others []Span) ([]Span, ast.Node) {
	uses := false
	for id, obj := range info.Uses {
		if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "log" && (id.Name == "Lshortfile" || id.Name == "Llongfile") {
			uses = true
		}
	}
	if !uses {
		return nil, nil
	}
	// printer returns the mode of a use of log's printing function or
	// method, and whether it is a method's.
	printer := func(sel *ast.SelectorExpr) (int, bool, bool) {
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log" {
			return 0, false, false
		}
		mode, ok := logPrinters[fn.Name()]
		if !ok && fn.Name() != "Output" {
			return 0, false, false
		}
		recv := fn.Type().(*types.Signature).Recv() != nil
		if !ok {
			return -1, recv, true // Output: its call depth names another caller
		}
		return mode, recv, true
	}
	called := map[*ast.SelectorExpr]bool{}
	var spans []Span
	var at ast.Node
	inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || at != nil {
			return at == nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		mode, method, ok := printer(sel)
		if !ok || mode < 0 {
			return true
		}
		called[sel] = true
		for _, o := range others {
			if o.Pos == sel.Sel.Pos() && o.End == sel.Sel.End() {
				if plain, ok := logPrinters[o.Text]; ok {
					mode = plain
				}
			}
		}
		head := fmt.Sprintf(", %s, %d, %d, ", strconv.Quote(file), line(call.Lparen), mode)
		if mode%3 != 1 {
			head += `"", ` // Print and Println: no format
		}
		if method {
			spans = append(spans, Span{call.Fun.Pos(), call.Fun.Pos(), runtime + ".LogAt("}, Span{sel.X.End(), call.Lparen + 1, head})
		} else {
			spans = append(spans, Span{call.Fun.Pos(), call.Lparen + 1, runtime + ".LogAt(nil" + head})
		}
		return true
	})
	inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && at == nil && !called[sel] {
			if _, _, ok := printer(sel); ok {
				at = sel
			}
		}
		return at == nil
	})
	if at != nil {
		return nil, at
	}
	return spans, nil
}

// A LogTarget is what a log line is written with: a *log.Logger's
// methods, or the interpreter's standard logger's functions.
type LogTarget interface {
	Writer() io.Writer
	Prefix() string
	Flags() int
}

// LogPrinter returns the helper that writes a log line as log's Output
// does, with the program's file and line (see above), to l, or (l nil)
// to the logger of log's functions std gives (the interpreter's own,
// which log.SetFlags and log.SetOutput set); exit ends the program for
// Fatal.
func LogPrinter(exit func(int), std func() LogTarget) func(l any, file string, line, mode int, format string, args ...any) {
	return func(l any, file string, line, mode int, format string, args ...any) {
		target, ok := l.(LogTarget)
		if l == nil || !ok {
			target = std()
		}
		var s string
		switch mode % 3 {
		case 0:
			s = fmt.Sprint(args...)
		case 1:
			s = fmt.Sprintf(format, args...)
		default:
			s = fmt.Sprintln(args...)
		}
		writeLog(target.Writer(), target.Prefix(), target.Flags(), file, line, s)
		switch mode / 3 {
		case 1:
			exit(1)
		case 2:
			panic(s)
		}
	}
}

// StdLogger is a LogTarget of the functions of log's package-level
// logger (the interpreter's: its Writer, Prefix and Flags), or of
// log.Default where they are missing.
func StdLogger(fns map[string]reflect.Value) LogTarget {
	writer, ok1 := fns["Writer"].Interface().(func() io.Writer)
	prefix, ok2 := fns["Prefix"].Interface().(func() string)
	flags, ok3 := fns["Flags"].Interface().(func() int)
	if !ok1 || !ok2 || !ok3 {
		return log.Default()
	}
	return stdLogger{writer, prefix, flags}
}

type stdLogger struct {
	writer func() io.Writer
	prefix func() string
	flags  func() int
}

func (l stdLogger) Writer() io.Writer { return l.writer() }
func (l stdLogger) Prefix() string    { return l.prefix() }
func (l stdLogger) Flags() int        { return l.flags() }

// writeLog writes s to w with log's header for flags (log.Logger's
// formatHeader).
func writeLog(w io.Writer, prefix string, flags int, file string, line int, s string) {
	var b strings.Builder
	if flags&log.Lmsgprefix == 0 {
		b.WriteString(prefix)
	}
	if flags&(log.Ldate|log.Ltime|log.Lmicroseconds) != 0 {
		t := time.Now()
		if flags&log.LUTC != 0 {
			t = t.UTC()
		}
		if flags&log.Ldate != 0 {
			y, m, d := t.Date()
			fmt.Fprintf(&b, "%04d/%02d/%02d ", y, int(m), d)
		}
		if flags&(log.Ltime|log.Lmicroseconds) != 0 {
			h, mi, sec := t.Clock()
			fmt.Fprintf(&b, "%02d:%02d:%02d", h, mi, sec)
			if flags&log.Lmicroseconds != 0 {
				fmt.Fprintf(&b, ".%06d", t.Nanosecond()/1e3)
			}
			b.WriteByte(' ')
		}
	}
	if flags&(log.Lshortfile|log.Llongfile) != 0 {
		if flags&log.Lshortfile != 0 {
			if i := strings.LastIndexByte(file, '/'); i >= 0 {
				file = file[i+1:]
			}
		}
		fmt.Fprintf(&b, "%s:%d: ", file, line)
	}
	if flags&log.Lmsgprefix != 0 {
		b.WriteString(prefix)
	}
	b.WriteString(s)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b.WriteByte('\n')
	}
	io.WriteString(w, b.String())
}
