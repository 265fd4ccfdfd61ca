// divergo run refuses: fmt.Println of a value of type any while values of E are stored in an interface with methods
package main

// A value of an interface of the program (a Coder holding an E with
// Error) stored in an any and printed: Go prints e!; the interpreter kept
// its wrapper of the Coder value in the any, and fmt printed that
// ({0xc… {0xc… 0xc… 409}}), silently.

import "fmt"

type Coder interface{ Code() int }

type E struct{ c int }

func (e E) Error() string { return "e!" }
func (e E) Code() int     { return e.c }

func main() {
	var c Coder = E{1}
	var a any = c
	fmt.Println(a)
}
