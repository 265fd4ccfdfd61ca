// reflect.TypeOf of an assertion to a type of yours, printed: the name is
// known before the program runs, and the assertion still runs (and
// panics as Go's does when it fails). divergo run stopped with "two
// rewrites of the program overlap"; a cell panicked with "interface
// conversion: int is not struct { After int }".
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Timeout struct{ After int }

func (t Timeout) Error() string { return "timeout" }

func get(ok bool) error {
	if ok {
		return Timeout{3}
	}
	return errors.New("plain")
}

func main() {
	saved := get(true)
	fmt.Println(reflect.TypeOf(saved.(Timeout)), reflect.TypeOf(saved.(Timeout)).Name())
	fmt.Println(reflect.TypeOf(get(true).(Timeout)).String())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(reflect.TypeOf(get(false).(Timeout)))
}
