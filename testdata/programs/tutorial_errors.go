// Errors: errors.New sentinels, fmt.Errorf with %w, errors.Is through a wrap
// chain, a custom error type found with errors.As, errors.Join, and the
// (value, error) return idiom.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func find(id int) (string, error) {
	if id == 1 {
		return "alice", nil
	}
	return "", fmt.Errorf("find user %d: %w", id, ErrNotFound)
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", age}
	}
	return nil
}

func load(id, age int) error {
	if _, err := find(id); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if err := validate(age); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	name, err := find(1)
	fmt.Println(name, err)
	_, err = find(2)
	fmt.Println(err, errors.Is(err, ErrNotFound))

	err = load(3, 10)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)

	err = load(1, -5)
	fmt.Println(err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field, "value:", ve.Value)
	}
	fmt.Println(load(1, 5) == nil)

	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))

	joined := errors.Join(ErrNotFound, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))

	wrapped := fmt.Errorf("a: %w, b: %w", ErrNotFound, &ValidationError{"x", 1})
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.As(wrapped, &ve), ve.Field)
}
