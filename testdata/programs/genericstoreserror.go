package main

import "fmt"

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

// A T given to fmt itself keeps its String method, not its Error method:
// Go prints code 4, the interpreter printed 4.
func Show[T any](v T) { fmt.Println(v) }

func main() {
	Show(Code(4))
}
