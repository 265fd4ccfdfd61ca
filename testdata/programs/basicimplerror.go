package main

// divergo run refuses: asserting error to fmt.Stringer, which Code implements: Code is a type with methods whose underlying type is int

// A Code (an int with Error and String methods) held in an error and
// asserted to fmt.Stringer: Go gives the Code; the interpreter gave a nil
// Stringer.
import "fmt"

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return fmt.Sprintf("Code(%d)", int(c)) }

func main() {
	var err error = Code(404)
	if s, ok := err.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	}
	fmt.Println(err)
}
