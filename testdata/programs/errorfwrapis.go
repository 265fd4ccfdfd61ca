package main

// fmt.Errorf with %w of an HTTPError whose Is matches ErrNotFound: errors.Is
// calls it (divergo refused this: its errors.Is did not; errwrap.go).

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type HTTPError struct{ Code int }

func (e HTTPError) Error() string        { return fmt.Sprintf("http %d", e.Code) }
func (e HTTPError) Is(target error) bool { return target == ErrNotFound && e.Code == 404 }

func get() error { return fmt.Errorf("get /x: %w", HTTPError{404}) }

func main() {
	err := get()
	fmt.Println(err, errors.Is(err, ErrNotFound))
}
