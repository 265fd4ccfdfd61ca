// %T of the standard library's errors, in a program that has an error type
// of its own but stores none in an interface.
package main

import (
	"fmt"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func find(name string) *NotFound { return &NotFound{name} }

func main() {
	_, err := os.Open("/nonexistent")
	fmt.Printf("%T\n", err)
	fmt.Println(find("x").Error())
}
