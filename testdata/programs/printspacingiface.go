// divergo run refuses: 18:25: fmt.Sprint of a value of type error next to another operand that is not a string
// A value of a string-kind type of yours held in an error, printed by
// Print next to another operand that is not a string: Go puts no space,
// the interpreter's struct for it would get one.
package main

import (
	"errors"
	"fmt"
)

type NotFound string

func (n NotFound) Error() string { return "not found: " + string(n) }

func main() {
	var a, b error = NotFound("x"), errors.New("y")
	fmt.Println(fmt.Sprint(a, b))
}
