// A flag.Value of the program whose zero value's String panics: Go's flag
// reports the panic at the end of the usage text, naming the type
// (panic calling String method on zero main.list for flag x: …), which
// the interpreter cannot name; divergo stops the program at Var instead
// of printing another text.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type list struct{ vals *[]string }

func (l list) String() string     { return strings.Join(*l.vals, ",") }
func (l list) Set(s string) error { *l.vals = append(*l.vals, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var xs []string
	fmt.Println("before")
	fs.Var(list{&xs}, "x", "an x")
	fs.PrintDefaults()
}
