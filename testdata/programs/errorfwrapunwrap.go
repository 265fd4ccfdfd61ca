package main

// fmt.Errorf with %w of a Wrapper with Unwrap: errors.Is follows it
// (divergo refused this: its errors.Is did not; errwrap.go).

import (
	"errors"
	"fmt"
)

type Wrapper struct{ inner error }

func (w Wrapper) Error() string { return "wrapper(" + w.inner.Error() + ")" }
func (w Wrapper) Unwrap() error { return w.inner }

func main() {
	base := errors.New("base")
	err := fmt.Errorf("ctx: %w", Wrapper{base})
	fmt.Println(err, errors.Is(err, base))
}
