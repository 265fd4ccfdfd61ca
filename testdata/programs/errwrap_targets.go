package main

// errors.As's panics for a nil or non-pointer target, as Go's, and a value
// of a program type stored in an error through an interface of the
// program: errors.Is follows its Unwrap (divergo records its dynamic type
// where it is stored; errwrap.go).

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Coder interface {
	error
	Code() int
}

type CodeErr struct{ C int }

func (c CodeErr) Error() string { return fmt.Sprint("code ", c.C) }
func (c CodeErr) Code() int     { return c.C }
func (c CodeErr) Unwrap() error { return ErrNotFound }

func main() {
	var c Coder = CodeErr{2}
	var e error = c
	fmt.Println(e, errors.Is(e, ErrNotFound), errors.Is(fmt.Errorf("w: %w", e), ErrNotFound))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(errors.As(&QueryError{"a", ErrNotFound}, nil))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p **QueryError
		fmt.Println(errors.As(&QueryError{"a", ErrNotFound}, p))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s string
		fmt.Println(errors.As(&QueryError{"a", ErrNotFound}, &s))
	}()
	var target error
	fmt.Println(errors.As(fmt.Errorf("x: %w", &QueryError{"t", ErrNotFound}), &target), target)
}
