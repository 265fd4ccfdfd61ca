// divergo run refuses: Both with Code as its type argument: it puts a value of its type parameter in an interface or gives fmt a value made of it (record(v, 1))
package main

import "fmt"

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

var seen []any

func record(args ...any) { seen = append(seen, args...) }

// An argument of the program's own ...any parameter, through another
// generic: Go prints [code 7 1], the interpreter its wrapper.
func Log[T any](v T)  { record(v, 1) }
func Both[T any](v T) { Log(v) }

func main() {
	Both(Code(7))
	fmt.Println(seen)
}
