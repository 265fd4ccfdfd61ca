package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t *T) String() string {
	if t == nil {
		return "nil T"
	}
	return fmt.Sprint("T", t.n)
}

type List struct {
	v    int
	next *List
}

func (l *List) String() string {
	if l == nil {
		return "[]"
	}
	var b strings.Builder
	for n := l; n != nil; n = n.next {
		fmt.Fprint(&b, n.v, " ")
	}
	return "[" + strings.TrimSpace(b.String()) + "]"
}

type Bad struct{ s string }

func (b *Bad) String() string { return b.s }

type E struct{}

func (e *E) Error() string {
	if e == nil {
		return "no error here"
	}
	return "E"
}

func main() {
	var p *T
	fmt.Println(p)
	fmt.Printf("%v %s|\n", p, p)
	var l *List
	fmt.Println(l, &List{1, &List{2, nil}})
	l = &List{3, l}
	fmt.Println(l)
	var b *Bad
	fmt.Println(b)
	var e *E
	_ = e
	fmt.Printf("%q\n", p)
}
