// %T of a value of a type with an Error method: Go prints main.Code. The
// lowering that gives fmt such a value as an error, and the one that
// writes %T's text, together gave fmt a string as an error.
package main

import "fmt"

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func TypeOf(v Code) string { return fmt.Sprintf("%T", v) }

func main() {
	fmt.Println(TypeOf(Code(2)))
}
