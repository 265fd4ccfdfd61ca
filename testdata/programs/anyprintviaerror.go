package main

// An E stored in an error, and the error in an any: the any holds the
// interpreter's error wrapper, which the switch does not see through
// (printed 5, Go E!).

// divergo run refuses: while values of E are stored in an interface with methods

import "fmt"

type E struct{ C int }

func (e E) Error() string { return "E!" }

func main() {
	var b any = E{1}
	fmt.Println(b)
	var err error = E{5}
	var a any = err
	fmt.Println(a)
}
