// Command divergo is an interactive workbench for information theory: a Go
// session with entropy, cross-entropy, KL, Jensen–Shannon and their
// relatives preloaded. The interactive session is being built; today the
// command prints what it will do and the library is package builtins.
package main

import (
	"fmt"
	"os"
)

const usage = `divergo — entropy, KL, Jensen–Shannon and friends, exact and explained.

Usage:
  divergo            the interactive session (not yet available: see README.md)
  divergo --help     this text

The measures are the Go package github.com/divergo/divergo/builtins:
  go doc github.com/divergo/divergo/builtins
`

func main() {
	fmt.Fprint(os.Stderr, usage)
	if len(os.Args) > 1 && (os.Args[1] == "--help" || os.Args[1] == "-h") {
		return
	}
	os.Exit(2)
}
