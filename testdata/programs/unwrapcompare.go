package main

// divergo run refuses: comparing error with error while values of *NotFound
import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func main() {
	var err error = &NotFound{"x"}
	w := fmt.Errorf("l: %w", err)
	fmt.Println(errors.Unwrap(w) == err)
}
