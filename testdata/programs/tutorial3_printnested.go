package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	P    *Inner
	Err  error
	Any  any
	Fn   func()
	Ch   chan int
	M    map[string]int
	S    []Inner
	Anon struct {
		X, Y float64
	}
}

type Tree struct {
	Val      int
	Children []*Tree
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := fmt.Sprint(t.Val)
	if len(t.Children) > 0 {
		s += fmt.Sprint(t.Children)
	}
	return s
}

func main() {
	var o Outer
	fmt.Printf("%v\n%+v\n", o, o)
	o.Inner = Inner{1, "one"}
	o.Err = errors.New("bad")
	o.Any = 3.5
	o.M = map[string]int{"z": 26, "a": 1}
	o.S = []Inner{{2, "two"}}
	o.Anon.X = 1.5
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(o.A, o.Inner.B, o.Anon)
	t := &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}}
	fmt.Println(t)
	fmt.Printf("%v\n", t.Children[1])
	var nt *Tree
	fmt.Println(nt)
	type pair struct {
		k string
		v *int
	}
	fmt.Printf("%v %+v\n", pair{"x", nil}, pair{"y", nil})
	fmt.Printf("%v|%d|%s|%x\n", []any{1, "a", nil, 2.5}, []any{1, 2}, []any{"a", 3}, "hi")
	fmt.Printf("%5.1f|%-6v|%6v|%q\n", []float64{1, 2.25}, []int{1}, "ab", 'x')
	fmt.Printf("%v %v\n", [0]int{}, struct{}{})
	fmt.Printf("%08.3f|%+.2e|%x|%X\n", -3.14159, 123456.0, 3.5, []byte{1, 171})
}
