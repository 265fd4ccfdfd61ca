// Assertions to an interface literal and to an interface of the program
// that none of the program's types implements, of nil and of values of
// the program's types (the interpreter's assertion of an error to one
// failed, so it was refused): lowered to a helper that answers for each
// type of the program itself (check.InterfaceAsserts).
package main

import (
	"errors"
	"fmt"
)

type Setter interface{ IsSet() bool }

type flagErr struct{ set bool }

func (e *flagErr) Error() string { return "flag" }
func (e *flagErr) IsSet() bool   { return e.set }

type plainErr struct{ code int }

func (plainErr) Error() string { return "plain" }

type Temporary interface{ Temporary() bool }

func main() {
	var err error
	_, ok := err.(interface{ IsSet() bool })
	fmt.Println(ok)
	if _, ok := err.(Temporary); !ok {
		fmt.Println("nil is not Temporary")
	}
	err = &flagErr{set: true}
	if s, ok := err.(interface{ IsSet() bool }); ok {
		fmt.Println("set:", s.IsSet())
	}
	s, ok := err.(Setter)
	fmt.Println(s != nil, ok)
	_, ok = err.(Temporary)
	fmt.Println(ok)
	err = plainErr{}
	_, ok = err.(interface{ IsSet() bool })
	fmt.Println(ok)
	var a any = plainErr{}
	_, ok = a.(Temporary)
	fmt.Println(ok)
	a = 3
	_, ok = a.(interface{ IsSet() bool })
	fmt.Println(ok)
	err = errors.New("std")
	_, ok = err.(Setter)
	fmt.Println(ok)
	mustSet(plainErr{})
	mustSet(err)
}

func mustSet(err error) {
	defer func() { fmt.Println("recovered:", recover().(error).Error()) }()
	_ = err.(interface{ IsSet() bool })
}
