// Interfaces and nil: returning nil itself as an error (not a nil *MyErr:
// that trap is testdata/runtimerefusals/typednilerror.go), a nil-receiver
// method that still runs, a nil *int in an any, and printing nil values.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.Msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func mayFailRight(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type List struct {
	Val  int
	Next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

func main() {
	err := mayFail(true)
	fmt.Printf("%T %v\n", err, err != nil)
	err = mayFailRight(false)
	fmt.Println(err == nil, err)
	err = mayFailRight(true)
	fmt.Println(err == nil, err)

	var me *MyErr
	fmt.Println(errors.As(mayFail(true), &me), me.Msg)

	l := &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Sum())
	var empty *List
	fmt.Println(empty.Sum())

	var i any
	fmt.Println(i == nil)
	var p *int
	i = p
	fmt.Println(i == nil, i)
	var s fmt.Stringer
	fmt.Println(s == nil)
	var m map[string]int
	var sl []int
	fmt.Println(m == nil, sl == nil, len(m), m["x"])
	fmt.Printf("%v %v %d\n", m, sl, len(sl))
}
