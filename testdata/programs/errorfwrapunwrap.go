package main

// divergo run refuses: fmt.Errorf with %w of Wrapper: errors.Is and errors.As call its Unwrap method

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
