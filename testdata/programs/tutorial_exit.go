// os.Args and exit codes: the program inspects its arguments (none are given
// beyond its name), writes to standard error, and leaves with os.Exit(3),
// which skips deferred calls.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	defer fmt.Println("never printed: os.Exit skips defers")
	args := os.Args[1:]
	fmt.Println("args:", len(args), args)
	fmt.Println("have a name:", filepath.Base(os.Args[0]) != "")
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: prog NAME")
		fmt.Println("exiting with 3")
		os.Exit(3)
	}
	fmt.Println("hello", args[0])
}
