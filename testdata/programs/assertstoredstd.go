// Values of another package's types stored in an interface of the
// program by interpreted code, then in an any, asserted to an interface
// of the program that none of its types implements: the interpreter
// answers these itself (in a type switch: its assertion with ok failed to
// set the result), and the lowered assertion asks it.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type builder interface {
	WriteString(s string) (int, error)
	String() string
}

type stringer interface{ String() string }

var pool = sync.Pool{New: func() any { return newBuilder() }}

func newBuilder() builder { return &strings.Builder{} }

func main() {
	x := pool.Get()
	b, ok := x.(builder)
	fmt.Println(ok)
	b.WriteString("hello")
	fmt.Println(b.String())
	s := x.(stringer)
	fmt.Println(s.String())

	ms := 3 * time.Millisecond
	var d stringer = ms
	var a any = d
	if t, ok := a.(interface{ String() string }); ok {
		fmt.Println(t.String())
	}
	_, ok = a.(builder)
	fmt.Println(ok)
}
