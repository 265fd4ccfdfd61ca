package main

// divergo run refuses: flag.FlagSet.Var of *count: Go's standard library calls its IsBoolFlag method

import (
	"flag"
	"fmt"
)

type count int

func (c *count) String() string   { return fmt.Sprint(int(*c)) }
func (c *count) Set(string) error { *c++; return nil }
func (c *count) IsBoolFlag() bool { return true }

func main() {
	var v count
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Var(&v, "v", "verbosity")
	fs.Parse([]string{"-v", "-v", "file.txt"})
	fmt.Println(int(v), fs.Args())
}
