package main

// errors.Is, errors.As and errors.Unwrap over chains holding values of the
// program's types with Is, As, Unwrap() error and Unwrap() []error
// methods, with errors.Join and fmt.Errorf with one or two %w: divergo
// calls the methods itself (errwrap.go), where the interpreter's wrapper
// hid them from the errors package.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrTimeout = errors.New("timeout")

// QueryError wraps the error of a query, with Unwrap.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// StatusError matches a family of errors with Is.
type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t.Code == e.Code || t.Code == 0 && e.Code >= 500)
}

// Coded fills a *int target with As.
type Coded struct{ N int }

func (c *Coded) Error() string { return fmt.Sprint("coded ", c.N) }
func (c *Coded) As(target any) bool {
	if p, ok := target.(**QueryError); ok {
		*p = &QueryError{"as", c}
		return true
	}
	return false
}

// Multi wraps several errors.
type Multi []error

func (m Multi) Error() string   { return fmt.Sprint(len(m), " errors") }
func (m Multi) Unwrap() []error { return m }

func find(id int) error {
	if id < 0 {
		return &QueryError{"find", ErrNotFound}
	}
	return nil
}

func main() {
	// A sentinel wrapped twice.
	e1 := fmt.Errorf("layer1: %w", ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound), errors.Is(e2, ErrTimeout), errors.Unwrap(e2) == e1)

	// Unwrap of the program's type, wrapped again.
	err := fmt.Errorf("handler: %w", find(-1))
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query, qe.Err == ErrNotFound)
	}
	fmt.Println(errors.Unwrap(find(-1)) == ErrNotFound, errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)

	// Is of the program's type.
	var se error = fmt.Errorf("fetch: %w", StatusError{503})
	fmt.Println(errors.Is(se, StatusError{}), errors.Is(se, StatusError{404}), errors.Is(se, StatusError{503}), errors.Is(se, ErrNotFound))

	// errors.Join and two %w.
	j := errors.Join(ErrTimeout, &QueryError{"q", ErrNotFound})
	fmt.Printf("%q %v %v\n", j.Error(), errors.Is(j, ErrNotFound), errors.Is(j, ErrTimeout))
	two := fmt.Errorf("%w; %w", StatusError{502}, ErrTimeout)
	fmt.Println(two, errors.Is(two, StatusError{}), errors.Is(two, ErrTimeout), errors.Unwrap(two) == nil)
	m := Multi{ErrTimeout, fmt.Errorf("x: %w", ErrNotFound)}
	fmt.Println(m, errors.Is(m, ErrNotFound), errors.Is(fmt.Errorf("w: %w", m), ErrNotFound))

	// As of the program's type.
	var q2 *QueryError
	fmt.Println(errors.As(fmt.Errorf("c: %w", &Coded{7}), &q2), q2.Query, q2.Err)

	// errors.As into error and into a type of the standard library.
	var target error
	fmt.Println(errors.As(err, &target), target)
	_, ferr := os.Open("/nonexistent/file")
	wrapped := &QueryError{"open", ferr}
	var pe *fs.PathError
	fmt.Println(errors.As(wrapped, &pe), pe.Op, errors.Is(wrapped, fs.ErrNotExist))

	// The same pointer compares equal; two equal values too.
	p := &QueryError{"p", ErrNotFound}
	fmt.Println(errors.Is(p, p), errors.Is(p, &QueryError{"p", ErrNotFound}), errors.Is(StatusError{1}, StatusError{1}))

	// nil.
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Unwrap(nil) == nil)
}
