package main

// An error holding a struct of the program (a sentinel CodeErr{404}),
// compared with == to a value of that type: the interpreter's answer was
// false (Go: true).

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type PtrErr struct{ Msg string }

func (e *PtrErr) Error() string { return e.Msg }

var (
	ErrNotFound = CodeErr{404}
	ErrGone     = CodeErr{410}
	ErrPtr      = &PtrErr{"p"}
)

func find(k string) error {
	switch k {
	case "nf":
		return ErrNotFound
	case "gone":
		return CodeErr{410}
	case "ptr":
		return ErrPtr
	case "plain":
		return errors.New("plain")
	case "wrapped":
		return fmt.Errorf("ctx: %w", ErrNotFound)
	}
	return nil
}

func main() {
	var err error = ErrNotFound
	fmt.Println(err == ErrNotFound, err == CodeErr{404}, err == ErrGone)
	for _, k := range []string{"nf", "gone", "ptr", "plain", "wrapped", ""} {
		err := find(k)
		fmt.Println(k, err == ErrNotFound, err != ErrNotFound, ErrGone == err, err == ErrPtr, err == nil, errors.Is(err, ErrNotFound))
		if e := errors.Unwrap(err); e != nil {
			fmt.Println("  unwrapped", e == ErrNotFound)
		}
	}
	n := 0
	for _, e := range []error{ErrNotFound, CodeErr{404}, CodeErr{1}} {
		if e == ErrNotFound {
			n++
		}
	}
	m := map[string]error{"a": CodeErr{404}}
	fmt.Println(n, m["a"] == ErrNotFound, m["b"] == ErrNotFound)
}
