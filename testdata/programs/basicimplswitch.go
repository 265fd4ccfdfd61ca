package main

// A Temp (a float64 with a String method) is declared, and an error is
// asserted to fmt.Stringer, in a type switch and with ok: a Temp cannot be
// in an error, so the refusal of assertions to interfaces that a type with
// a basic underlying type implements does not apply, and the program runs
// as Go runs it.
import (
	"errors"
	"fmt"
)

type MyErr string

func (e MyErr) Error() string { return "my " + string(e) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type coded struct{ code int }

func (c *coded) Error() string { return fmt.Sprint("coded ", c.code) }
func (c *coded) Code() int     { return c.code }

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case MyErr:
		return "MyErr " + string(e)
	case interface{ Code() int }:
		return fmt.Sprint("code ", e.Code())
	case fmt.Stringer:
		return "stringer " + e.String()
	default:
		return "other " + e.Error()
	}
}

func main() {
	fmt.Println(kind(nil))
	fmt.Println(kind(MyErr("x")))
	fmt.Println(kind(&coded{7}))
	fmt.Println(kind(errors.New("plain")))
	_, ok := error(MyErr("y")).(fmt.Stringer)
	fmt.Println(ok, Temp(2))
}
