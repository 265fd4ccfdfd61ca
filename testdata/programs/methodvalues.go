package main

import (
	"fmt"
	"strings"
)

type T struct{ N int }

func (t T) Get() int      { return t.N }
func (t T) Add(k int) int { return t.N + k }
func (t *T) Inc()         { t.N++ }

// A method value copies its receiver when it is made (value receivers);
// a pointer receiver is bound to the pointer.
func main() {
	t := T{1}
	f := t.Get
	g := t.Add
	inc := t.Inc
	t.N = 2
	fmt.Println(f(), g(10), t.Get())
	inc()
	fmt.Println(t.N)
	p := &T{99}
	h := p.Get
	p.N = 5
	fmt.Println(h())
	up := strings.ToUpper
	fmt.Println(up("x"))
	var b strings.Builder
	w := b.WriteString
	w("hi")
	fmt.Println(b.String())
}
