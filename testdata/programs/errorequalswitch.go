package main

// A switch on an error with cases of the program's sentinel values (a
// struct with a value Error method, a pointer): was refused, "the
// comparison would be false where Go's is true"; each case asks whether
// the error holds an equal value, as concreteequal's == does.

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
	ErrPlain    = errors.New("plain")
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
		return ErrPlain
	}
	return nil
}

func main() {
	for _, k := range []string{"nf", "gone", "ptr", "plain", ""} {
		switch err := find(k); err {
		case nil:
			fmt.Println(k, "nil")
		case ErrNotFound:
			fmt.Println(k, "not found")
		case ErrGone, ErrPtr:
			fmt.Println(k, "gone or ptr")
		case ErrPlain:
			fmt.Println(k, "plain")
		default:
			fmt.Println(k, "other")
		}
	}
}
