// A panic whose message has several lines (an errors.Join wrapped by
// fmt.Errorf): Go's runtime indents each line after the first by a tab;
// divergo run printed them flush.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct{ Field string }

func (e ValidationError) Error() string { return "invalid " + e.Field }

func validate() error {
	return errors.Join(ValidationError{"name"}, ValidationError{"age"}, errors.New("2 problems\nin all"))
}

func main() {
	err := validate()
	fmt.Println(err)
	panic(fmt.Errorf("validate: %w", err))
}
