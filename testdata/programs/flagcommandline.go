package main

// flag.CommandLine is the set the flag package's functions use: Lookup
// finds a flag flag.Int defined, SetOutput reaches flag.PrintDefaults and
// the usage, and flag.Parse parses os.Args as the program set it. The
// interpreter gave the program a FlagSet of its own as flag.CommandLine
// while the functions used the process's: Lookup said nil and the defaults
// went to standard error.

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	v := flag.Int("v", 0, "verbosity")
	name := flag.String("name", "anon", "who")
	fmt.Println(flag.CommandLine.Lookup("v") != nil, flag.Lookup("name").DefValue)
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	os.Args = []string{os.Args[0], "-v=3", "-name", "bob", "rest", "more"}
	flag.Parse()
	fmt.Println(*v, *name, flag.Args(), flag.NArg(), flag.NFlag(), flag.Parsed())
	flag.CommandLine.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value) })
	flag.Set("v", "7")
	fmt.Println(flag.CommandLine.Lookup("v").Value)
	flag.Usage = func() { fmt.Println("usage of the program") }
	os.Args = []string{os.Args[0], "-nope"}
	flag.Parse()
	fmt.Println("not reached")
}
