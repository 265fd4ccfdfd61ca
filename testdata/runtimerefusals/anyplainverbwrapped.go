// %d of an any holding an error value of the program's type stored in an
// error first: the interpreter keeps it in a wrapper whose fields are not
// the value's (it printed {%!d(string=bad) 5307072}, Go {2 %!d(string=bad)}),
// so the program stops there, naming the construct.
package main

import (
	"errors"
	"fmt"
)

type X struct{ N int }

func (x X) String() string { return "x" }

type E struct {
	Code int
	Msg  string
}

func (e E) Error() string { return "E:" + e.Msg }

type Plain struct{ A, B int }

func main() {
	var s fmt.Stringer = X{1}
	var a any = s
	fmt.Println(a)
	var err error = E{2, "bad"}
	var b any = err
	fmt.Println(b)
	fmt.Printf("%v|%s|%d\n", b, b, b)
	var e2 error = errors.New("plain")
	var c any = e2
	fmt.Println(c)
	var p any = Plain{1, 2}
	fmt.Println(p)
}
