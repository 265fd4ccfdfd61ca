package main

// An error type with its own Is method, so that errors.Is matches a family
// of errors (any 5xx against ErrServer), as the errors package documents:
// Go prints "true false true".

import (
	"errors"
	"fmt"
)

type HTTPError struct{ Code int }

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Code == e.Code || t.Code == 0 && e.Code >= 500)
}

var ErrServer = HTTPError{}

func main() {
	var err error = fmt.Errorf("fetch: %w", HTTPError{503})
	fmt.Println(errors.Is(err, ErrServer), errors.Is(err, HTTPError{404}), errors.Is(err, HTTPError{503}))
}
