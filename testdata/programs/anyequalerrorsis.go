package main

// errors.Is with a target error holding a *NotFound: Go finds it (true);
// the interpreter's errors.Is could not compare its wrapper and said false
// (divergo refused it; errwrap.go compares the values kept for the wrappers).

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

var ErrNoUser error = &NotFound{"user"}

func lookup(name string) error {
	return fmt.Errorf("lookup %q: %w", name, ErrNoUser)
}

func main() {
	fmt.Println(errors.Is(lookup("ada"), ErrNoUser))
}
