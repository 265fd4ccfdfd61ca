package check

// This file holds the boundary pass's refusals for methods the standard
// library looks for, by a type assertion, on a value of the program it was
// given through one of its own interfaces (or an any), beyond the
// interface's own methods. The interpreter (yaegi v0.16.1) hands it a
// wrapper with that interface's methods only (or, for an any, the bare
// value), so the assertion fails where Go's succeeds, silently. Measured
// against `go run`:
//
//   - fmt.Errorf("…: %w", v) of a value with an Is, As or Unwrap method:
//     errors.Is and errors.As did not find them (false where Go's true).
//   - io.WriteString (and what calls it: io.Copy from a *strings.Reader,
//     io.MultiWriter, bufio's and csv's writers, strings.Replacer) called
//     Write where Go calls the value's WriteString.
//   - flag.Var of a value with IsBoolFlag: -v took the next argument as
//     its value, where Go's flag makes -v a flag without one (given as
//     its own type, T or *T, it is lowered instead: boolFlagVia).
//   - fmt.Sscan, Fscan (and their ln and f forms) of a *T with a Scan
//     method: "can't scan type", where Go calls Scan.
//   - fmt.Fscan, Fscanln and Fscanf from a reader with ReadRune and
//     UnreadRune (an io.RuneScanner): fmt read one byte past each item
//     (the reader's position 3 after scanning "12" of "12 34", Go's 2),
//     where Go's fmt puts the rune back with UnreadRune.
//   - log/slog of a value with LogValue (a secret was logged), String,
//     Error, Format or MarshalText/MarshalJSON, or of a struct with
//     unexported fields (printed Xname): slog is given the bare value.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"strings"
)

// An optionalProbe is a method a function of the standard library looks
// for on the value given as its argument arg (-1: every argument from the
// last parameter on, a variadic one's), when the argument is one of these
// (when: nil, always).
type optionalProbe struct {
	method, iface string
	arg           int
	workaround    string
	when          func(b *boundary, call *ast.CallExpr) bool
}

const (
	writeStringHint = "call the value's WriteString yourself, or drop the WriteString method (Go then calls Write as well)"
	isBoolFlagHint  = "declare the flag with BoolFunc (flag.BoolFunc, or fs.BoolFunc on a FlagSet), whose function runs at each -name and takes no value"
	scanHint        = "scan into plain variables and set the value from them (fmt.Sscanf(s, \"(%d,%d)\", &p.X, &p.Y)), or use fmt.Scan, which calls Scan"
	runeScanHint    = "scan from a bufio.Reader made once over the value (bufio.NewReader(r)), a RuneScanner of the standard library's"
)

// fromStringsReader tells whether io.Copy's source (its second argument)
// may be a *strings.Reader, whose WriteTo calls io.WriteString on the
// destination.
func fromStringsReader(b *boundary, call *ast.CallExpr) bool {
	if len(call.Args) < 2 {
		return false
	}
	t := b.info.TypeOf(call.Args[1])
	if t == nil {
		return false
	}
	return types.IsInterface(t) || types.TypeString(t, nil) == "*strings.Reader"
}

var optionalProbes = map[string][]optionalProbe{
	"io.WriteString":               {{"WriteString", "io.StringWriter", 0, writeStringHint, nil}},
	"io.Copy":                      {{"WriteString", "io.StringWriter", 0, writeStringHint, fromStringsReader}},
	"io.CopyN":                     {{"WriteString", "io.StringWriter", 0, writeStringHint, fromStringsReader}},
	"io.CopyBuffer":                {{"WriteString", "io.StringWriter", 0, writeStringHint, fromStringsReader}},
	"io.MultiWriter":               {{"WriteString", "io.StringWriter", -1, writeStringHint, nil}},
	"bufio.NewWriter":              {{"WriteString", "io.StringWriter", 0, writeStringHint, nil}},
	"bufio.NewWriterSize":          {{"WriteString", "io.StringWriter", 0, writeStringHint, nil}},
	"csv.NewWriter":                {{"WriteString", "io.StringWriter", 0, writeStringHint, nil}},
	"strings.Reader.WriteTo":       {{"WriteString", "io.StringWriter", 0, writeStringHint, nil}},
	"strings.Replacer.WriteString": {{"WriteString", "io.StringWriter", 0, writeStringHint, nil}},
	"flag.Var":                     {{"IsBoolFlag", "a boolean flag", 0, isBoolFlagHint, nil}},
	"flag.FlagSet.Var":             {{"IsBoolFlag", "a boolean flag", 0, isBoolFlagHint, nil}},
	"fmt.Sscan":                    {{"Scan", "fmt.Scanner", -1, scanHint, nil}},
	"fmt.Sscanln":                  {{"Scan", "fmt.Scanner", -1, scanHint, nil}},
	"fmt.Sscanf":                   {{"Scan", "fmt.Scanner", -1, scanHint, nil}},
	"fmt.Fscan":                    {{"Scan", "fmt.Scanner", -1, scanHint, nil}, {"UnreadRune", "io.RuneScanner", 0, runeScanHint, nil}},
	"fmt.Fscanln":                  {{"Scan", "fmt.Scanner", -1, scanHint, nil}, {"UnreadRune", "io.RuneScanner", 0, runeScanHint, nil}},
	"fmt.Fscanf":                   {{"Scan", "fmt.Scanner", -1, scanHint, nil}, {"UnreadRune", "io.RuneScanner", 0, runeScanHint, nil}},
}

// optionalMethods refuses a call of the standard library (fn) that looks
// for a method of an argument the interpreter hides (optionalProbes).
func (b *boundary) optionalMethods(call *ast.CallExpr, fn string, sig *types.Signature) {
	for _, p := range optionalProbes[fn] {
		if p.when != nil && !p.when(b, call) {
			continue
		}
		for i, x := range call.Args {
			if p.arg >= 0 && i != p.arg || p.arg < 0 && i < sig.Params().Len()-1 {
				continue
			}
			from := b.info.TypeOf(x)
			if from == nil || b.info.Types[x].IsNil() {
				continue
			}
			spread := false
			if sl, ok := under(from).(*types.Slice); ok && p.arg < 0 && call.Ellipsis.IsValid() && i == len(call.Args)-1 {
				// fmt.Sscan(s, into...): the elements are the arguments
				// (an any holding a *Point was scanned as nothing).
				from, spread = sl.Elem(), true
			}
			if !types.IsInterface(from) {
				if p.method == "Scan" && !spread && b.scanVia(x, from, call) {
					continue
				}
				if p.method == "WriteString" && b.writeStringVia(x, from, call, fn) {
					continue // convert lowers it
				}
				if _, _, ok := b.boolFlagVia(x, from, call); p.method == "IsBoolFlag" && ok {
					continue // flagValueArg lowers it
				}
				if programNamed(from) != nil && types.NewMethodSet(from).Lookup(nil, p.method) != nil && probeFits(from, p.method) {
					b.refuse(x, "%s of %s: Go's standard library calls its %s method (%s); the interpreter gives it a wrapper of the %s without that method, so it would not be called. Not supported yet: %s",
						fn, typeString(from), p.method, p.iface, typeString(from), p.workaround)
					return
				}
				continue
			}
			x, p := x, p
			b.probedLater(x, fn, from, p.method)
			b.pending = append(b.pending, func() {
				if t := b.heldWith(from, p.method); t != nil {
					b.refuse(x, "%s of %s, which may hold %s: Go's standard library calls the %s's %s method (%s); the interpreter gives it a wrapper without that method, so it would not be called. Not supported yet: %s",
						fn, typeString(from), article(typeString(t)), typeString(t), p.method, p.iface, p.workaround)
				}
			})
		}
	}
}

// writeStringDirect lowers io.WriteString(w, s) where w's static type is
// a type of the program (T or *T) with io.StringWriter's WriteString
// method: Go's io.WriteString asserts w to io.StringWriter, which
// succeeds, and calls WriteString; the interpreter gave it a wrapper of
// the value with Write only, so that Write was called instead (a *Sink
// counting its calls printed 1 where Go 100). The method is known before
// the program runs, so the call becomes one of it, the arguments
// evaluated as before:
//
//	io.WriteString(s, "x")   →   func(__w *Sink, __s string) (int, error) { return __w.WriteString(__s) }(s, "x")
//
// (In a program, InterfaceAsserts lowers the calls first, w of any type;
// this is what a cell, or a program InterfaceAsserts leaves alone, gets.)
// It reports whether it lowered call.
func (b *boundary) writeStringDirect(call *ast.CallExpr) bool {
	if len(call.Args) != 2 || call.Ellipsis.IsValid() || b.typeName == nil {
		return false
	}
	from := b.info.TypeOf(call.Args[0])
	if from == nil || types.IsInterface(from) || hasTypeParam(from) || programNamed(from) == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := b.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	sw := fn.Pkg().Scope().Lookup("StringWriter")
	if sw == nil || !types.Implements(from, sw.Type().Underlying().(*types.Interface)) {
		return false // Go calls Write, as the interpreter does
	}
	name, ok := b.typeName(from)
	if !ok {
		return false
	}
	b.spans = append(b.spans, Span{call.Fun.Pos(), call.Fun.End(), "func(__w " + name + ", __s string) (int, error) { return __w.WriteString(__s) }"})
	return true
}

// scanVia lowers x, an argument of fmt's scanning functions (Sscan,
// Fscanf…) whose static type is a type of the program with fmt.Scanner's
// Scan method: Go's fmt asserts each argument to fmt.Scanner and calls
// Scan, where the interpreter handed fmt the bare value ("can't scan
// type: *struct { X int; Y int }"). The argument becomes a value of the
// native scanTarget, whose Scan calls the value's, through a function
// literal (the method is looked up at the call, as Go's, so that a nil
// pointer's Scan is called, and panics, there):
//
//	fmt.Sscan(s, &p)   →   fmt.Sscan(s, func(__scP *Point) any { return rt.ScanVia(func(st fmt.ScanState, verb rune) error { return __scP.Scan(st, verb) }) }(&p))
//
// It reports whether it lowered x.
func (b *boundary) scanVia(x ast.Expr, from types.Type, call *ast.CallExpr) bool {
	if b.typeName == nil || hasTypeParam(from) || programNamed(from) == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	imported, ok := b.info.Uses[pkg].(*types.PkgName)
	if !ok || imported.Imported().Path() != "fmt" {
		return false
	}
	scanner := imported.Imported().Scope().Lookup("Scanner")
	if scanner == nil || !types.Implements(from, scanner.Type().Underlying().(*types.Interface)) {
		return false
	}
	name, ok := b.typeName(from)
	if !ok {
		return false
	}
	b.wrapOutside(x, "func(__scP "+name+") any { return "+b.runtime+".ScanVia(func(st "+pkg.Name+".ScanState, verb rune) error { return __scP.Scan(st, verb) }) }(", ")")
	return true
}

// writeStringVia tells whether x, the writer given to fn (call), a
// function of the standard library that asks it for io.StringWriter's
// WriteString (optionalProbes: bufio.NewWriter, csv.NewWriter,
// io.MultiWriter, io.Copy from a *strings.Reader…), is a value of a type
// of the program, T or *T, with Write and WriteString that convert
// lowers: the interpreter gave fn its wrapper of the value with Write
// only, so that Go's call of WriteString became one of Write (bufio's
// Writer writing a string of 5000 bytes to a *Sink that records its
// calls: Go [WriteString], the interpreter [Write Write]). fn is given
// instead a native writer with both methods, each calling the value's
// method value, made where x is evaluated, as Go's interface holds the
// value then:
//
//	bufio.NewWriter(s)   →   bufio.NewWriter(rt.WriteStringVia(func(__wsW *Sink) (func([]byte) (int, error), func(string) (int, error)) { return __wsW.Write, __wsW.WriteString }(s)))
//
// A type with a ReadFrom method too stays refused: the native writer
// hides it as the interpreter's wrapper does (bufio's Writer and io.Copy
// ask for io.ReaderFrom). The writer is no wrapper of the interpreter's,
// so the other lowerings of a value stored in an interface of the
// standard library (typedNil's check of a nil pointer, Keep's record)
// are left out: fn cannot give the value back, and a nil *T is held as
// Go holds it, its methods called with a nil receiver.
func (b *boundary) writeStringVia(x ast.Expr, from types.Type, call *ast.CallExpr, fn string) bool {
	if b.typeName == nil || call == nil || from == nil || types.IsInterface(from) || hasTypeParam(from) || programNamed(from) == nil || b.info.Types[x].IsNil() {
		return false
	}
	probe, at := optionalProbe{}, false
	for _, p := range optionalProbes[fn] {
		if p.method == "WriteString" && (p.when == nil || p.when(b, call)) {
			probe, at = p, true
		}
	}
	if !at || fn == "io.WriteString" {
		return false // io.WriteString: writeStringDirect
	}
	sig, ok := b.info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return false
	}
	for i, arg := range call.Args {
		if arg != x {
			continue
		}
		if probe.arg >= 0 && i != probe.arg || probe.arg < 0 && (i < sig.Params().Len()-1 || call.Ellipsis.IsValid()) {
			return false
		}
		ms := types.NewMethodSet(from)
		if ms.Lookup(nil, "Write") == nil || !probeFits(from, "WriteString") || ms.Lookup(nil, "ReadFrom") != nil {
			return false
		}
		_, named := b.typeName(from)
		return named
	}
	return false
}

// writeStringArg lowers x (see writeStringVia) and reports whether it
// did.
func (b *boundary) writeStringArg(x ast.Expr, from types.Type, call *ast.CallExpr) bool {
	if call == nil {
		return false
	}
	fn, ok := b.native(call)
	if !ok || !b.writeStringVia(x, from, call, fn) {
		return false
	}
	name, _ := b.typeName(from)
	b.wrap(x, b.runtime+".WriteStringVia(func(__wsW "+name+") (func([]byte) (int, error), func(string) (int, error)) { return __wsW.Write, __wsW.WriteString }(", "))")
	return true
}

// stringWriter is the writer writeStringVia gives the standard library
// for a value of the program with Write and WriteString: its methods are
// the value's.
type stringWriter struct {
	write       func([]byte) (int, error)
	writeString func(string) (int, error)
}

// Write calls the value's Write.
func (w stringWriter) Write(p []byte) (int, error) { return w.write(p) }

// WriteString calls the value's WriteString.
func (w stringWriter) WriteString(s string) (int, error) { return w.writeString(s) }

// WriteStringVia is the writer for a value whose Write and WriteString
// method values are write and writeString (writeStringVia).
func WriteStringVia(write func([]byte) (int, error), writeString func(string) (int, error)) io.Writer {
	return stringWriter{write, writeString}
}

// scanTarget is what fmt scans into for a value of the program with a
// Scan method (scanVia): a fmt.Scanner whose Scan is the value's.
type scanTarget func(fmt.ScanState, rune) error

// Scan calls the value's Scan method.
func (s scanTarget) Scan(st fmt.ScanState, verb rune) error { return s(st, verb) }

// ScanVia is what fmt scans into for a value whose Scan method is method
// (scanVia).
func ScanVia(method func(fmt.ScanState, rune) error) any { return scanTarget(method) }

// probeFits reports whether t's method m has the signature the standard
// library's assertion asks for: a WriteString(string) int is no
// io.StringWriter, and Go calls Write, as the interpreter does. (Methods
// of other signatures are not told apart: true.)
func probeFits(t types.Type, m string) bool {
	sel := types.NewMethodSet(t).Lookup(nil, m)
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok {
		return true
	}
	str := func(tu *types.Tuple) string {
		var parts []string
		for i := 0; i < tu.Len(); i++ {
			parts = append(parts, types.TypeString(tu.At(i).Type(), nil))
		}
		return strings.Join(parts, ",")
	}
	switch m {
	case "WriteString":
		return !sig.Variadic() && str(sig.Params()) == "string" && str(sig.Results()) == "int,error"
	case "IsBoolFlag":
		return str(sig.Params()) == "" && str(sig.Results()) == "bool"
	case "UnreadRune":
		// fmt looks for io.RuneScanner: ReadRune too.
		read := types.NewMethodSet(t).Lookup(nil, "ReadRune")
		if read == nil {
			return false
		}
		rsig, ok := read.Type().(*types.Signature)
		return ok && str(sig.Params()) == "" && str(sig.Results()) == "error" && str(rsig.Params()) == "" && (str(rsig.Results()) == "int32,int,error" || str(rsig.Results()) == "rune,int,error")
	}
	return true
}

// heldWith returns a type of the program (T or *T) with the method m whose
// values a value of the interface type it may hold: it implements it, and
// the file stores its values in an interface (in a session, a type of an
// earlier cell may be held too); nil if there is none.
func (b *boundary) heldWith(it types.Type, m string) types.Type {
	iface, ok := it.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	for _, tn := range b.comparableTypes() {
		inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
		if inFile && !b.storedIface[tn.Type()] && !b.stored[tn.Type()] {
			continue
		}
		if !inFile && b.reached == nil {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(t, iface) && probeFits(t, m) {
				return t
			}
		}
	}
	return nil
}

// wrapHint are errorfWraps' workarounds, by the method lost.
var wrapHint = map[string]string{
	"Is":     `wrap the sentinel error itself (fmt.Errorf("…: %w", ErrNotFound)), which errors.Is finds without an Is method`,
	"As":     "return the error without wrapping it, or set the target from it yourself",
	"Unwrap": `wrap the error its Unwrap method gives (fmt.Errorf("…: %w", inner))`,
}

// errorfWraps refuses fmt.Errorf with %w of a value of an interface of the
// program that may hold a value with an Is, As or Unwrap method: the
// interpreter gives fmt.Errorf its wrapper of the value as an error, with
// the Error method only, that divergo's errors.Is and errors.As cannot
// take back to the value (errwrap.go). A value of a program type itself
// is kept, and its methods found.
func (b *boundary) errorfWraps(call *ast.CallExpr, fn string) {
	if fn != "fmt.Errorf" || len(call.Args) < 2 {
		return
	}
	var verbs []string
	paired := false
	if _, _, format, ok := printfCall(call, b.info); ok {
		verbs, paired = pairVerbs(format)
		if !strings.Contains(format, "%w") {
			return
		}
	}
	for k, x := range call.Args[1:] {
		if paired && (k >= len(verbs) || verbs[k] != "w") {
			continue
		}
		from := b.info.TypeOf(x)
		if from == nil || b.info.Types[x].IsNil() {
			continue
		}
		if types.IsInterface(from) {
			if !programInterface(from) {
				continue // error: storing one there is lostMethods'
			}
			x := x
			b.pending = append(b.pending, func() {
				for _, m := range []string{"Is", "As", "Unwrap"} {
					if t := b.heldWith(from, m); t != nil {
						b.refuse(x, "fmt.Errorf with %%w of %s, which may hold %s: errors.Is and errors.As call the %s's %s method in Go; the interpreter gives fmt.Errorf a wrapper of it with the Error method only, so they would not find it. Not supported yet: %s",
							typeString(from), article(typeString(t)), typeString(t), m, wrapHint[m])
						return
					}
				}
			})
			continue
		}
		// A value of a program type: kept (fmtArg's keepIntoNative), its
		// methods called by the lowered errors.Is and errors.As
		// (errwrap.go).
	}
}

// slogArgs refuses giving log/slog (through a parameter of type any) a
// value of the program that slog would show otherwise than Go: one with a
// method slog calls (LogValue, and through fmt or encoding/json String,
// Error, Format, MarshalText, MarshalJSON), or holding one, or a struct
// with unexported fields. The interpreter gives slog the bare value,
// without its methods, and with the unexported fields renamed (Xpass).
func (b *boundary) slogArgs(call *ast.CallExpr, fn string, sig *types.Signature) {
	if !strings.HasPrefix(fn, "slog.") {
		return
	}
	params := sig.Params()
	for i, x := range call.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			pt = params.At(params.Len() - 1).Type()
			if !call.Ellipsis.IsValid() {
				pt = pt.(*types.Slice).Elem()
			}
		case i < params.Len():
			pt = params.At(i).Type()
		default:
			continue
		}
		if !holdsAny(pt, map[types.Type]bool{}) {
			continue
		}
		from := b.info.TypeOf(x)
		if from == nil || b.info.Types[x].IsNil() {
			continue
		}
		if n, ok := types.Unalias(from).(*types.Named); ok && !types.IsInterface(from) && programNamed(from) == nil && n.Obj().Pkg() != nil {
			continue // slog.Attr, time.Time…: made by the standard library
		}
		if !types.IsInterface(from) {
			if inner, why := slogShape(from, map[types.Type]bool{}); inner != nil {
				b.refuse(x, "%s of %s: %s. Not supported yet: log what you want shown (v.LogValue(), v.String(), or the fields as slog.Int, slog.String…)",
					fn, typeString(from), slogWhy(inner, why))
				return
			}
			if n := programNamed(from); n != nil && !isPointer(from) {
				if h := b.slogHandler(call); h != "" && slogPlain(n) {
					b.refuse(x, "%s of %s while %s, declared in %s, is a slog.Handler: %s. Not supported yet: log the plain value (slog.Int64(k, int64(v)), slog.String…), or its text",
						fn, typeString(from), h, b.where, slogPlainWhy(n, h))
					return
				}
			}
			if !holdsAny(from, map[types.Type]bool{}) {
				continue
			}
		}
		if it, ok := from.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && !programInterface(from) {
			continue // error, fmt.Stringer: the wrapper has the methods slog calls
		}
		x := x
		b.pending = append(b.pending, func() {
			for _, tn := range b.comparableTypes() {
				val, ptr := b.storedForms(tn)
				inFile := tn.Pos() >= b.file.FileStart && tn.Pos() < b.file.FileEnd
				if programInterface(from) && (!inFile || b.storedIface[tn.Type()]) {
					it := from.Underlying().(*types.Interface)
					val = val || types.Implements(tn.Type(), it)
					ptr = ptr || types.Implements(types.NewPointer(tn.Type()), it)
				}
				for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
					if t == tn.Type() && !val || t != tn.Type() && !ptr {
						continue
					}
					if inner, why := slogShape(t, map[types.Type]bool{}); inner != nil {
						b.refuse(x, "%s of a value of type %s while values of %s are stored in one: %s. Not supported yet: log what you want shown (v.LogValue(), v.String(), or the fields as slog.Int, slog.String…)",
							fn, typeString(from), typeString(t), slogWhy(inner, why))
						return
					}
					if n := tn.Type().(*types.Named); t == tn.Type() && slogPlain(n) {
						if h := b.slogHandler(call); h != "" {
							b.refuse(x, "%s of a value of type %s while values of %s are stored in one and %s, declared in %s, is a slog.Handler: %s. Not supported yet: log the plain value (slog.Int64(k, int64(v)), slog.String…), or its text",
								fn, typeString(from), tn.Name(), h, b.where, slogPlainWhy(n, h))
							return
						}
					}
				}
			}
		})
	}
}

// slogPlain reports whether the interpreter gives slog a value of n as
// a plain value of another type: n's underlying type is basic (a Code is
// an int there), so slog makes it an Int64 Value where Go makes an Any
// holding the Code.
func slogPlain(n *types.Named) bool {
	_, basic := n.Underlying().(*types.Basic)
	return basic
}

// slogPlainWhy says what a slog.Handler of the program, h, is given
// back for a value of n (slogPlain).
func slogPlainWhy(n *types.Named, h string) string {
	name := n.Obj().Name()
	return "Go's slog gives " + h + "'s Handle a Value of Kind Any holding the main." + name + " (a.Value.Any().(" + name + ") is true); the interpreter gives slog the plain " + typeString(n.Underlying()) + ", so Handle would get Kind " + slogKindOf(n.Underlying()) + " and a value that is no " + name
}

// slogKindOf is the slog.Kind slog gives a plain value of the basic type
// u.
func slogKindOf(u types.Type) string {
	b, _ := u.(*types.Basic)
	switch {
	case b == nil:
		return "Any"
	case b.Info()&types.IsBoolean != 0:
		return "Bool"
	case b.Info()&types.IsUnsigned != 0:
		return "Uint64"
	case b.Info()&types.IsInteger != 0:
		return "Int64"
	case b.Info()&types.IsFloat != 0:
		return "Float64"
	case b.Info()&types.IsString != 0:
		return "String"
	}
	return "Any"
}

// slogHandler names a type of the program that implements slog.Handler
// (or a pointer to it), the package of call's function being log/slog;
// "" when there is none: only such a handler sees what slog made of the
// values it was given (a.Value.Kind(), a.Value.Any()).
func (b *boundary) slogHandler(call *ast.CallExpr) string {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.Ident:
		id = f
	}
	if id == nil {
		return ""
	}
	obj := b.info.Uses[id]
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "log/slog" {
		return ""
	}
	h, ok := obj.Pkg().Scope().Lookup("Handler").(*types.TypeName)
	if !ok {
		return ""
	}
	it, ok := h.Type().Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	if b.reached == nil && !slogValuesRead(b.file, b.info) {
		// A program that never reads a slog.Value (a handler that only
		// embeds slog.Handler, overrides Handle and passes the record
		// on): slog's own handlers write a plain int and an Any holding
		// a Code without String alike.
		return ""
	}
	for _, o := range b.programTypes() {
		tn, ok := o.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
			return tn.Name()
		}
	}
	return ""
}

// slogWhy says why slog shows a value of type t (slogShape's) unlike Go.
func slogWhy(t types.Type, why string) string {
	name := typeString(t)
	if field, ok := strings.CutPrefix(why, "unexported "); ok {
		return "Go's slog prints " + name + "'s unexported field " + field + " by its name; the interpreter gives slog the value with the field renamed (X" + field + ")"
	}
	if why == "LogValue" {
		return "Go's slog logs what " + name + "'s LogValue method gives (slog.LogValuer); the interpreter gives slog the bare value, without its methods, so it would log the value itself"
	}
	return "Go's slog calls " + name + "'s " + why + " method; the interpreter gives slog the bare value, without its methods, so it would log the value itself"
}

// slogShape finds in t (a type of the program with a method slog calls
// through Go's fmt or encoding/json, or holding one in an exported field,
// an element, a key, or behind a pointer; or a struct with an unexported
// field) what slog would show otherwise under the interpreter: the type,
// and the method ("LogValue", "String"…) or "unexported NAME".
func slogShape(t types.Type, seen map[types.Type]bool) (types.Type, string) {
	if t == nil || seen[t] || types.IsInterface(t) {
		return nil, ""
	}
	seen[t] = true
	if programNamed(t) != nil {
		ms := types.NewMethodSet(t)
		for _, m := range []string{"LogValue", "MarshalText", "MarshalJSON", "Error", "String", "Format"} {
			if ms.Lookup(nil, m) != nil {
				return t, m
			}
		}
	} else if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return nil, "" // the standard library's own type keeps its methods
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return slogShape(u.Elem(), seen)
	case *types.Slice:
		return slogShape(u.Elem(), seen)
	case *types.Array:
		return slogShape(u.Elem(), seen)
	case *types.Map:
		if in, why := slogShape(u.Key(), seen); in != nil {
			return in, why
		}
		return slogShape(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if !f.Exported() && f.Name() != "_" {
				return t, "unexported " + f.Name()
			}
			if in, why := slogShape(f.Type(), seen); in != nil {
				return in, why
			}
		}
	}
	return nil, ""
}

// slogValuesRead reports whether f may read what slog made of a logged
// value: an expression of type slog.Value (a.Value, r.Attrs' values…), a
// comparison of slog.Attrs (==, !=, Equal).
func slogValuesRead(f *ast.File, info *types.Info) bool {
	slogType := func(t types.Type, name string) bool {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "log/slog" && n.Obj().Name() == name
	}
	read := false
	inspect(f, func(n ast.Node) bool {
		if read {
			return false
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && slogType(info.TypeOf(n.X), "Attr") {
				read = true
			}
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s != nil && s.Kind() != types.FieldVal && s.Obj().Name() == "Equal" && slogType(s.Recv(), "Attr") {
				read = true
			}
		}
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := info.Types[e]; ok && tv.IsValue() && slogType(tv.Type, "Value") {
				read = true
			}
		}
		return !read
	})
	return read
}
