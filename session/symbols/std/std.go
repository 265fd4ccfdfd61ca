// Package std holds the interpreter's symbol tables of the standard
// library, made for the installed Go toolchain (GoVersion) by
// internal/stdlibgen with yaegi's extract package: one z_*.go file per
// package a cell may import. They replace yaegi's own tables
// (github.com/traefik/yaegi/stdlib, made with Go 1.22), so that cells see
// what Go added since (strings.Lines, os.OpenRoot, crypto/sha3, …).
//
// Regenerate after changing the Go version in go.mod (TestTablesCurrent
// fails until then):
//
//	go generate ./session/symbols/std
//
// Besides the tables this file holds what yaegi's stdlib package adds by
// hand, written here for these tables: the restricted stand-ins that
// extract names for os.Exit, os.FindProcess and log's Fatal functions and
// Logger (a cell must not end the process; the session replaces them
// again with its own), and the special interface mapping (MapTypes) by
// which fmt, log, encoding/json and encoding/xml see the Stringer,
// Formatter, Marshaler… methods of interpreted values, and io.Copy the
// WriteTo and ReadFrom methods.
package std

//go:generate go run ../../../internal/stdlibgen -o .

import (
	"bufio"
	"encoding"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"reflect"
	"strconv"
)

// Symbols maps "importpath/pkgname" to the package's exported symbols, as
// interp.Interpreter.Use expects; the key "." holds MapTypes. Packages
// whose API is all generic (slices, maps, cmp, iter, unique, weak) have an
// empty table, as in yaegi's.
var Symbols = map[string]map[string]reflect.Value{}

// MapTypes maps a native function (or an interface wrapper) to the
// interfaces whose methods it looks for on an interpreted value.
var MapTypes = map[reflect.Value][]reflect.Type{}

func init() {
	Symbols["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(MapTypes)}

	printing := []reflect.Type{
		reflect.TypeFor[fmt.Formatter](),
		reflect.TypeFor[fmt.Stringer](),
	}
	for _, f := range []any{
		fmt.Errorf, fmt.Fprint, fmt.Fprintf, fmt.Fprintln, fmt.Print, fmt.Printf, fmt.Println,
		fmt.Sprint, fmt.Sprintf, fmt.Sprintln, fmt.Append, fmt.Appendf, fmt.Appendln,
		log.Print, log.Printf, log.Println,
		log.Fatal, log.Fatalf, log.Fatalln, log.Panic, log.Panicf, log.Panicln,
	} {
		MapTypes[reflect.ValueOf(f)] = printing
	}
	scanning := []reflect.Type{reflect.TypeFor[fmt.Scanner]()}
	for _, f := range []any{fmt.Scan, fmt.Scanf, fmt.Scanln} {
		MapTypes[reflect.ValueOf(f)] = scanning
	}
	MapTypes[reflect.ValueOf(json.Marshal)] = []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	MapTypes[reflect.ValueOf(json.MarshalIndent)] = MapTypes[reflect.ValueOf(json.Marshal)]
	MapTypes[reflect.ValueOf(json.Unmarshal)] = []reflect.Type{reflect.TypeFor[json.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}
	MapTypes[reflect.ValueOf(xml.Marshal)] = []reflect.Type{reflect.TypeFor[xml.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	MapTypes[reflect.ValueOf(xml.MarshalIndent)] = MapTypes[reflect.ValueOf(xml.Marshal)]
	MapTypes[reflect.ValueOf(xml.Unmarshal)] = []reflect.Type{reflect.TypeFor[xml.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}

	// Interface wrappers with more methods, tried before the plain one
	// (the interpreter takes the first whose methods the value has).
	MapTypes[reflect.ValueOf((*_io_Reader)(nil))] = []reflect.Type{reflect.TypeFor[readerWriterTo]()}
	MapTypes[reflect.ValueOf((*_io_Writer)(nil))] = []reflect.Type{reflect.TypeFor[writerReaderFrom]()}
	MapTypes[reflect.ValueOf((*_net_http_ResponseWriter)(nil))] = []reflect.Type{reflect.TypeFor[responseWriterHijacker]()}
}

// Printing is the special interface mapping that makes the interpreter give
// fmt's print functions the String, Error and Format methods of interpreted
// values, for other native functions that print their arguments with fmt
// (log.Fatal once replaced): pass it to interp.Interpreter.Use.
func Printing(fns ...reflect.Value) map[string]map[string]reflect.Value {
	m := map[reflect.Value][]reflect.Type{}
	for _, f := range fns {
		m[f] = MapTypes[reflect.ValueOf(fmt.Print)]
	}
	return map[string]map[string]reflect.Value{".": {"MapTypes": reflect.ValueOf(m)}}
}

// readerWriterTo wraps an interpreted io.Reader that also has WriteTo.
// A wrapper's first field holds the value; each other field, named W and
// the method's name, holds the method.
type readerWriterTo struct {
	IValue   any
	WRead    func(p []byte) (int, error)
	WWriteTo func(w io.Writer) (int64, error)
}

func (w readerWriterTo) Read(p []byte) (int, error)         { return w.WRead(p) }
func (w readerWriterTo) WriteTo(x io.Writer) (int64, error) { return w.WWriteTo(x) }

// writerReaderFrom wraps an interpreted io.Writer that also has ReadFrom.
type writerReaderFrom struct {
	IValue    any
	WWrite    func(p []byte) (int, error)
	WReadFrom func(r io.Reader) (int64, error)
}

func (w writerReaderFrom) Write(p []byte) (int, error)         { return w.WWrite(p) }
func (w writerReaderFrom) ReadFrom(r io.Reader) (int64, error) { return w.WReadFrom(r) }

// responseWriterHijacker wraps an interpreted http.ResponseWriter that is
// also an http.Hijacker.
type responseWriterHijacker struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(p []byte) (int, error)
	WWriteHeader func(code int)
	WHijack      func() (net.Conn, *bufio.ReadWriter, error)
}

func (w responseWriterHijacker) Header() http.Header         { return w.WHeader() }
func (w responseWriterHijacker) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w responseWriterHijacker) WriteHeader(code int)        { w.WWriteHeader(code) }
func (w responseWriterHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return w.WHijack()
}

// The restricted stand-ins extract names in the tables of os and log.

var errRestricted = errors.New("restricted: the session's own process")

// osExit is os.Exit: a panic, not the end of the process.
func osExit(code int) { panic("os.Exit(" + strconv.Itoa(code) + ")") }

// osFindProcess is os.FindProcess, except for the process itself.
func osFindProcess(pid int) (*os.Process, error) {
	if pid == os.Getpid() {
		return nil, errRestricted
	}
	return os.FindProcess(pid)
}

// logFatal, logFatalf and logFatalln panic where log's would exit.
func logFatal(v ...any)                 { log.Panic(v...) }
func logFatalf(format string, v ...any) { log.Panicf(format, v...) }
func logFatalln(v ...any)               { log.Panicln(v...) }

// logLogger is log.Logger with Fatal methods that panic.
type logLogger struct{ *log.Logger }

// logNew is log.New, of a logLogger.
func logNew(out io.Writer, prefix string, flag int) *logLogger {
	return &logLogger{log.New(out, prefix, flag)}
}

func (l *logLogger) Fatal(v ...any)                 { l.Panic(v...) }
func (l *logLogger) Fatalf(format string, v ...any) { l.Panicf(format, v...) }
func (l *logLogger) Fatalln(v ...any)               { l.Panicln(v...) }
