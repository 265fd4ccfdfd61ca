package main

import (
	"errors"
	"fmt"
)

type notFound struct{ key string }

func (e *notFound) Error() string { return "not found: " + e.key }

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

// Errors of the program's own types through error values: pointers
// that are not nil, named non-struct types, errors.As to a pointer type,
// fmt.Errorf's %w; a compile-time interface check with a typed nil.
var _ error = (*notFound)(nil)

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &notFound{k}
}

func check(n int) error {
	if n < 0 {
		return code(n)
	}
	return nil
}

func main() {
	m := map[string]int{"a": 1}
	_, err := lookup(m, "b")
	fmt.Println(err, err != nil)
	var nf *notFound
	fmt.Println(errors.As(err, &nf), nf.key)
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &nf))
	if c, ok := check(-3).(code); ok {
		fmt.Println("code", int(c))
	}
	fmt.Println(check(2) == nil)
	switch e := err.(type) {
	case *notFound:
		fmt.Println("switch:", e.key)
	default:
		fmt.Println("other")
	}
}
