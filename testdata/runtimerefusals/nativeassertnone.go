// An interface of the program that none of its types implements (and an
// interface literal), asserted on values of another package's types: the
// interpreter answered false even where the value has the methods (a
// *fmt.wrapError asserted to interface{ Unwrap() error }, a time.Duration
// to an interface with String), silently. Where only ok is asked, divergo
// answers from the value's methods; where the value is asked for, it
// cannot make the interface value, and stops the program.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Stringish interface{ String() string }

func main() {
	var err error = errors.New("plain")
	_, ok := err.(interface{ Unwrap() error })
	fmt.Println(ok)
	var a any = 5 * time.Second
	_, ok = a.(Stringish)
	fmt.Println(ok)
	s, ok := a.(Stringish)
	fmt.Println(s, ok)
}
