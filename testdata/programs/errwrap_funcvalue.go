package main

// divergo run refuses: errors.Is as a function value while W has methods errors' functions call
//
// errors.Is as a function value: Go's follows W's Unwrap (true); the
// errors package's own function, given the interpreter's wrapper, did not.

import (
	"errors"
	"fmt"
)

var ErrX = errors.New("x")

type W struct{ err error }

func (w W) Error() string { return "w" }
func (w W) Unwrap() error { return w.err }

func main() {
	is := errors.Is
	fmt.Println(is(W{ErrX}, ErrX))
}
