package main

// fmt.Errorf's %w wrapping a value of a struct type whose Error method has
// a value receiver, then errors.As into that type (a tutorial's
// HTTPError{503}): Go finds it, "true 503" and "true 500". The
// interpreter's wrapper was not kept, so errors.As stopped the program
// ("stored it there out of divergo's sight").

import (
	"errors"
	"fmt"
)

type HTTPError struct{ Code int }

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

func fetch() error { return fmt.Errorf("fetch: %w", HTTPError{503}) }

func main() {
	var he HTTPError
	err := fetch()
	fmt.Println(err, errors.As(err, &he), he.Code)
	h := HTTPError{500}
	both := fmt.Errorf("%w: %w", errors.New("server"), h)
	fmt.Println(both, errors.As(both, &he), he.Code)
	fmt.Println(errors.Unwrap(err))
}
