package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Methods promoted from an embedded interface field, called directly,
// through an interface of the program and by the standard library.

type namer interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

type wrap struct {
	namer
	k int
}

type logged struct {
	io.Writer
	n int
}

type cw struct{ n int }

func (c *cw) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type outer struct {
	wrap
}

type reader struct {
	io.Reader
}

func main() {
	w := wrap{dog{}, 2}
	fmt.Println(w.Name(), w.namer.Name())
	var nm namer = w
	fmt.Println(nm.Name())
	c := &cw{}
	l := logged{Writer: c}
	fmt.Fprint(l, "abcd")
	fmt.Fprint(&l, "ab")
	l.Write([]byte("x"))
	fmt.Println(c.n)
	fmt.Fprintln(logged{Writer: os.Stdout}, "to stdout")
	o := outer{w}
	fmt.Println(o.Name())
	f := o.Name
	fmt.Println(f())
	data, err := io.ReadAll(reader{strings.NewReader("read through")})
	fmt.Println(string(data), err)
}
