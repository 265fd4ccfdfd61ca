package run

import (
	"errors"
	"flag"
	"fmt"
	"reflect"

	"github.com/traefik/yaegi/interp"
)

// Flags makes package flag's functions of an interpreter whose standard
// library is in use work on the interpreter's flag.CommandLine, as Go's do
// on Go's. The interpreter replaces the symbol flag.CommandLine with a
// FlagSet of its own (output on the cell's standard error) but leaves
// flag.Int, flag.Parse, flag.PrintDefaults… on the process's set, so that
// after flag.Int("v", 0, "x") flag.CommandLine.Lookup("v") was nil (Go: the
// flag) and flag.CommandLine.SetOutput(os.Stdout) left flag.PrintDefaults
// writing elsewhere. Now each function that is a method of *flag.FlagSet
// with the same signature is that method of the interpreter's set;
// flag.Parse parses the interpreter's os.Args[1:] and, on an error (which
// the set has printed with the usage), ends the cell with os.Exit(2) as Go's
// ExitOnError set does (os.Exit(0) for -h); flag.Usage is the session's own
// variable, called by the set's usage, printing "Usage of os.Args[0]:" and
// the defaults as Go's does. Sessions sharing the process no longer share
// their flags.
func Flags(in *interp.Interpreter, onExit func()) {
	p, set := commandLine(in)
	if set == nil {
		return
	}
	args := func() []string {
		if a, ok := in.Symbols("os")["os"]["Args"].Interface().([]string); ok {
			return a
		}
		return nil
	}
	sv := reflect.ValueOf(set)
	for name, sym := range p {
		if sym.Kind() != reflect.Func {
			continue
		}
		m := sv.MethodByName(name)
		if m.IsValid() && m.Type() == sym.Type() {
			p[name] = m
		}
	}
	p["Parse"] = reflect.ValueOf(func() {
		var rest []string
		if a := args(); len(a) > 1 {
			rest = a[1:]
		}
		code := -1
		func() {
			defer func() {
				if r := recover(); r != nil {
					if err, ok := r.(error); ok && errors.Is(err, flag.ErrHelp) {
						code = 0
					} else {
						code = 2
					}
				}
			}()
			set.Parse(rest)
		}()
		if code >= 0 {
			onExit()
			cellExit(code)
		}
	})
	usage := func() {
		name := "divergo"
		if a := args(); len(a) > 0 {
			name = a[0]
		}
		fmt.Fprintf(set.Output(), "Usage of %s:\n", name)
		set.PrintDefaults()
	}
	p["Usage"] = reflect.ValueOf(&usage).Elem()
	set.Usage = func() { usage() }
}

// linkedFlags are the flags packages of the standard library register on
// Go's flag.CommandLine at their start, by the package's path: a program
// importing the package has them (testing/quick's -quickchecks).
var linkedFlags = map[string][]string{"testing/quick": {"quickchecks"}}

// LinkFlags gives the interpreter's flag.CommandLine the flags the
// packages of paths register in Go when imported (linkedFlags), on the
// variables those packages read (the process's flags): the interpreter's
// set is its own (Flags), so quick.Check's -quickchecks was missing from
// it.
func LinkFlags(in *interp.Interpreter, paths []string) {
	_, set := commandLine(in)
	if set == nil {
		return
	}
	for _, path := range paths {
		for _, name := range linkedFlags[path] {
			if f := flag.CommandLine.Lookup(name); f != nil && set.Lookup(name) == nil {
				set.Var(f.Value, f.Name, f.Usage)
			}
		}
	}
}

// commandLine returns the interpreter's symbols of package flag and its
// flag.CommandLine, or a nil set where it has none.
func commandLine(in *interp.Interpreter) (map[string]reflect.Value, *flag.FlagSet) {
	p := in.Symbols("flag")["flag"]
	if p == nil || !p["CommandLine"].IsValid() {
		return nil, nil
	}
	set, _ := p["CommandLine"].Interface().(*flag.FlagSet)
	return p, set
}
