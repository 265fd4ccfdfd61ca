package main

// Two errors holding the same *NotFound pointer: Go says equal; the
// interpreter panicked "comparing uncomparable type interp._error" (and
// errors.Is with such a target said false).
// divergo run refuses: comparing error with error while values of *NotFound, declared in the program, may be stored in an error

import "fmt"

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

var ErrNoUser error = &NotFound{"user"}

func lookup(name string) error {
	if name == "" {
		return ErrNoUser
	}
	return nil
}

func main() {
	fmt.Println(lookup("") == ErrNoUser)
}
