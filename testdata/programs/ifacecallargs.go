package main

// A value of an interface of the program given straight from a call to a
// function taking another interface of the program (use(get())), or to
// the standard library (errors.Join(c), fmt.Errorf's %w): the interpreter
// passed it doubly wrapped, or without its methods, and stopped with a nil
// dereference or a reflect panic.

import (
	"errors"
	"fmt"
)

type Coded interface {
	error
	Code() int
}

type Errer interface{ Error() string }

type E struct{ c int }

func (e E) Error() string { return fmt.Sprint("e", e.c) }
func (e E) Code() int     { return e.c }

func (e E) With(c Coded) int { var x error = c; return len(x.Error()) + e.c }

func get() Coded  { return E{3} }
func gerr() error { return E{4} }

func use(c Coded) {
	fmt.Println(c.Code(), c.Error())
	var e error = c
	fmt.Println(e, errors.Join(e))
}

func useErrer(s Errer) {
	var e error = s
	fmt.Println(errors.Join(e))
}

func useLit(c interface{ Code() int }) {
	var e error = c.(error)
	fmt.Println(c.Code(), errors.Join(e))
}

func main() {
	use(get())
	useErrer(get())
	useErrer(gerr())
	useLit(get())
	fmt.Println(E{1}.With(get()))
	f := func(c Coded) { var x error = c; fmt.Println(x) }
	f(get())

	c := get()
	fmt.Println(errors.Join(c))
	fmt.Println(errors.Join(get()))
	fmt.Println(errors.Join(c, get(), gerr()))
	w := fmt.Errorf("wrapped: %w", c)
	fmt.Println(w, errors.Unwrap(w))
	fmt.Println(fmt.Errorf("again: %w", get()))

	var e error = c
	fmt.Println(errors.Is(e, e), errors.Is(e, E{3}), errors.Is(e, E{4}))
	fmt.Println(errors.Is(w, E{3}), errors.Is(fmt.Errorf("x: %w", get()), E{3}))
	var t E
	fmt.Println(errors.As(w, &t), t.c)
}
