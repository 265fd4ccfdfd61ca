// Comparing an interface value with a value of a program type that is a
// pointer or has methods: the interpreter kept the value in the
// interface through a wrapper and answered false where Go answers true
// (err == ErrMissing for a sentinel *NotFound). Go's comparison is true
// when the interface holds a value of that type equal to the other. (A
// named number or string with methods is still refused: the interpreter's
// assertion to it matches its underlying type's values too.)
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

var ErrMissing = &NotFound{"missing"}

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func find(k string) error {
	switch k {
	case "missing":
		return ErrMissing
	case "other":
		return &NotFound{"missing"}
	case "code":
		return Code(3)
	}
	return nil
}

func main() {
	for _, k := range []string{"missing", "other", "code", "none"} {
		err := find(k)
		fmt.Println(k, err == ErrMissing, ErrMissing == err, err != ErrMissing)
	}
	var s Shape = Sq{2}
	fmt.Println(s == Sq{2}, s == Sq{3}, s != Sq{2})
	var nilShape Shape
	fmt.Println(nilShape == Sq{0}, nilShape != Sq{0})
	var p any = ErrMissing
	fmt.Println(p == ErrMissing, p == &NotFound{"missing"})
	wrapped := fmt.Errorf("wrap: %w", ErrMissing)
	fmt.Println(wrapped == ErrMissing, errors.Unwrap(wrapped) == ErrMissing)
}
