package main

// Go's flag asks a Value for IsBoolFlag when it parses -name (a boolean
// flag takes no value unless written -name=value) and when it prints the
// usage. The interpreter gave flag a wrapper of the value with Set and
// String only: -v -v file.txt set v from the argument "-v" and left
// file.txt alone, where Go counts two -v. divergo refused such a Var; it
// now hands flag a copy of the wrapper with the method (FlagBoolValue).

import (
	"flag"
	"fmt"
	"os"
	"strconv"
)

type count int

func (c *count) String() string   { return fmt.Sprint(int(*c)) }
func (c *count) Set(string) error { *c++; return nil }
func (c *count) IsBoolFlag() bool { return true }

// toggle has value methods; its IsBoolFlag depends on the value.
type toggle struct {
	name string
	on   *bool
	bool bool
}

func (t toggle) String() string {
	if t.on == nil {
		return "off"
	}
	return strconv.FormatBool(*t.on)
}
func (t toggle) Set(s string) error {
	b, err := strconv.ParseBool(s)
	*t.on = b
	return err
}
func (t toggle) IsBoolFlag() bool { return t.bool }

// level says it is no boolean flag: it takes a value.
type level int

func (l *level) String() string { return strconv.Itoa(int(*l)) }
func (l *level) Set(s string) error {
	n, err := strconv.Atoi(s)
	*l = level(n)
	return err
}
func (l *level) IsBoolFlag() bool { return false }

func main() {
	var v count
	var lv level
	on, off := false, false
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Var(&v, "v", "verbosity")
	fs.Var(toggle{"a", &on, true}, "a", "a toggle")
	fs.Var(toggle{"b", &off, false}, "b", "a `flag` with a value")
	fs.Var(&lv, "level", "the level")
	fs.PrintDefaults()
	err := fs.Parse([]string{"-v", "-v", "-a", "-b", "true", "-level", "3", "-v", "file.txt", "-v"})
	fmt.Println(err, int(v), on, off, int(lv), fs.Args())
	fs.Visit(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })
	err = fs.Parse([]string{"-a=false", "-v=x"})
	fmt.Println(err, int(v), on)
	err = fs.Parse([]string{"-level"})
	fmt.Println(err)

	var w count
	flag.Var(&w, "w", "warnings")
	flag.CommandLine.SetOutput(os.Stdout)
	os.Args = []string{os.Args[0], "-w", "-w", "-w", "rest"}
	flag.Parse()
	fmt.Println(int(w), flag.Args())
	flag.PrintDefaults()
}
