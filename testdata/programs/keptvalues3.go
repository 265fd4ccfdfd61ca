package main

// More of keptvalues.go: values stored in a loop (each its own copy), a
// named slice in sort.Interface, a named number and a pointer in an error,
// a struct in an io.Writer.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
)

type Rect struct{ W, H int }

func (r Rect) String() string { return fmt.Sprintf("%dx%d", r.W, r.H) }

type byAge []int

func (b byAge) Len() int           { return len(b) }
func (b byAge) Less(i, j int) bool { return b[i] < b[j] }
func (b byAge) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type Logged struct {
	buf *bytes.Buffer
	n   int
}

func (l Logged) Write(p []byte) (int, error) { return l.buf.Write(p) }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	if p == nil {
		return nil
	}
	return p
}

func collect(rs []Rect) []fmt.Stringer {
	var out []fmt.Stringer
	for _, r := range rs {
		out = append(out, r)
	}
	return out
}

func main() {
	ss := collect([]Rect{{1, 2}, {3, 4}, {5, 6}})
	for _, s := range ss {
		if r, ok := any(s).(Rect); ok {
			fmt.Println(r.W*r.H, s)
		}
	}
	var si sort.Interface = byAge{3, 1, 2}
	sort.Sort(si)
	fmt.Println(any(si).(byAge))
	c := Code(3)
	var e error = c
	c = 5
	fmt.Println(e, c)
	var w io.Writer = Logged{&bytes.Buffer{}, 1}
	fmt.Fprint(w, "hello")
	if l, ok := any(w).(Logged); ok {
		fmt.Println(l.buf.String(), l.n)
	}
	err := mayFail(true)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.msg, mayFail(false) == nil)
	if m, ok := any(err).(*MyErr); ok {
		fmt.Println("ptr", m.msg)
	}
	switch x := any(err).(type) {
	case *MyErr:
		fmt.Println("switch ptr", x.msg)
	}
}
