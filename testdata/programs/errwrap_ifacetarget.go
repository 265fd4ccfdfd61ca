package main

// divergo run refuses: errors.As with a target of type *Temporary, an interface declared in the program
//
// errors.As into a pointer to an interface of the program while the
// program's types have Unwrap: the interpreter cannot assert the standard
// library's errors to the program's interfaces.

import (
	"errors"
	"fmt"
)

type Temporary interface{ Temporary() bool }

type NetErr struct{ Err error }

func (e *NetErr) Error() string   { return "net: " + e.Err.Error() }
func (e *NetErr) Unwrap() error   { return e.Err }
func (e *NetErr) Temporary() bool { return true }

func main() {
	var t Temporary
	err := fmt.Errorf("dial: %w", &NetErr{errors.New("refused")})
	fmt.Println(errors.As(err, &t), t != nil)
}
