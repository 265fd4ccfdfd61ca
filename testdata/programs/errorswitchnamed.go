package main

// A type switch on an error whose cases are types with a basic underlying
// type and an Error method (MyErr a string, Code an int): Go matches each
// value's own type. divergo run refused the switch, as it refuses one on
// an any (where the interpreter takes the default case), though on an
// error the interpreter matches as Go does.
import (
	"errors"
	"fmt"
)

type MyErr string

func (e MyErr) Error() string { return "my " + string(e) }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func kind(err error) string {
	switch e := err.(type) {
	case MyErr:
		return "MyErr " + string(e)
	case Code:
		return fmt.Sprint("Code ", int(e)+1)
	case nil:
		return "nil"
	}
	return "other " + err.Error()
}

func main() {
	fmt.Println(kind(MyErr("x")))
	fmt.Println(kind(Code(41)))
	fmt.Println(kind(nil))
	fmt.Println(kind(errors.New("plain")))
	fmt.Println(kind(fmt.Errorf("wrapped: %w", Code(1))))
}
