// divergo run refuses: errors.As with a target of type *NotFound while values of Denied
package main

// errors.As with a target whose type has the structure of another error
// type of the program: the interpreter tells the two apart by their
// structure only, and errors.As(find("b"), &nf) was true for a Denied.

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type Denied struct{ Name string }

func (e Denied) Error() string { return "denied: " + e.Name }

func find(n string) error {
	if n == "a" {
		return NotFound{n}
	}
	return Denied{n}
}

func main() {
	var nf NotFound
	fmt.Println(errors.As(find("b"), &nf), errors.As(find("a"), &nf))
}
