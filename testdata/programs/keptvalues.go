package main

// A value of the program's type stored in an interface of the standard
// library (fmt.Stringer, error, sort.Interface) and then in an any, a
// []any, a map or a parameter of type any: Go's assertion to its type
// finds it (comma-ok, plain, a type switch, errors.As with a struct
// target); the interpreter stored a wrapper of its own, whose assertion
// failed (any(s).(Add) was false). The conversion and the assertion are
// lowered (session/check/kept.go).

import (
	"errors"
	"fmt"
	"sort"
)

type Add struct{ A, B int }

func (a Add) String() string { return fmt.Sprint(a.A + a.B) }

type Sub struct {
	A, B int
	Note string
}

func (s Sub) String() string { return fmt.Sprint(s.A - s.B) }

type Ptr struct{ N int }

func (p *Ptr) String() string { return fmt.Sprint("p", p.N) }

type Node struct {
	Val  int
	Next *Node
}

func (n Node) String() string { return fmt.Sprint("node", n.Val) }

type Shape interface{ String() string }

type ParseErr struct {
	Line int
	Msg  string
}

func (e ParseErr) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type byLen struct{ words []string }

func (b byLen) Len() int           { return len(b.words) }
func (b byLen) Less(i, j int) bool { return len(b.words[i]) < len(b.words[j]) }
func (b byLen) Swap(i, j int)      { b.words[i], b.words[j] = b.words[j], b.words[i] }

func describe(v any) string {
	switch x := v.(type) {
	case Add:
		return fmt.Sprint("Add ", x.A, " ", x.B)
	case Sub:
		return fmt.Sprint("Sub ", x.A, " ", x.B)
	case *Ptr:
		return fmt.Sprint("*Ptr ", x.N)
	case Node:
		return fmt.Sprint("Node ", x.Val)
	case *Node:
		return fmt.Sprint("*Node ", x.Val)
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func isAdd(v any) bool {
	_, ok := v.(Add)
	return ok
}

func parse(s string) error {
	if s == "" {
		return ParseErr{3, "empty"}
	}
	return nil
}

func main() {
	var s fmt.Stringer = Add{1, 2}
	v := any(s)
	a, ok := v.(Add)
	fmt.Println(a.A, a.B, ok)
	_, ok = v.(Sub)
	fmt.Println(ok)
	_, ok = v.(*Add)
	fmt.Println(ok)
	fmt.Println(v.(Add).A, isAdd(v), isAdd(s), isAdd(Add{}))
	fmt.Println(describe(s), "|", describe(v))
	if a, ok := s.(Add); ok {
		fmt.Println("direct", a.B)
	}

	// A copy, as Go makes when storing.
	c := Add{5, 6}
	var cs fmt.Stringer = c
	c.A = 100
	fmt.Println(any(cs).(Add).A)

	// Pointers and a struct whose last field is a pointer.
	var ps fmt.Stringer = &Ptr{7}
	fmt.Println(describe(ps))
	n := Node{1, &Node{2, nil}}
	var ns fmt.Stringer = n
	fmt.Println(describe(ns))
	_, ok = any(ns).(*Node)
	fmt.Println(ok)

	// Through slices and maps of any, and of fmt.Stringer.
	list := []fmt.Stringer{Add{1, 1}, Sub{5, 2, ""}, &Ptr{3}}
	var anys []any
	for _, x := range list {
		anys = append(anys, x)
	}
	for _, x := range anys {
		fmt.Println(describe(x))
	}
	m := map[string]any{"s": list[1]}
	if sub, ok := m["s"].(Sub); ok {
		fmt.Println("sub", sub.A, sub.B)
	}

	// A value of an interface of the program stored in fmt.Stringer.
	var sh Shape = Sub{9, 1, "n"}
	var fromShape fmt.Stringer = sh
	fmt.Println(describe(fromShape))

	// Errors.
	err := parse("")
	if pe, ok := any(err).(ParseErr); ok {
		fmt.Println("parse error at", pe.Line)
	}
	var target ParseErr
	wrapped := fmt.Errorf("load: %w", err)
	fmt.Println(errors.As(wrapped, &target), target.Line, target.Msg)
	if pe, ok := err.(ParseErr); ok {
		fmt.Println("direct", pe.Msg)
	}
	switch e := err.(type) {
	case ParseErr:
		fmt.Println("switch", e.Line)
	default:
		fmt.Println("default")
	}

	// sort.Interface.
	var si sort.Interface = byLen{[]string{"ccc", "a", "bb"}}
	sort.Sort(si)
	if bl, ok := any(si).(byLen); ok {
		fmt.Println(bl.words)
	}

	// A failed assertion panics with Go's message.
	defer func() {
		r := recover()
		fmt.Println("recovered:", r.(error).Error())
	}()
	_ = v.(Sub)
}
