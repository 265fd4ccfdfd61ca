// divergo run refuses: reflect.TypeOf of a value of type error while values of E, declared in the program, are stored in one
package main

// reflect.TypeOf and ValueOf of an error holding a struct of the program:
// Go prints main.E and E; the interpreter named its own wrapper of the
// interface, interp._error and _error, silently. (Kind alone runs: it is
// struct in both.)

import (
	"fmt"
	"reflect"
)

type E struct{ Code int }

func (e E) Error() string { return "E!" }

func get() error { return E{1} }

func main() {
	err := get()
	fmt.Println(reflect.TypeOf(err), reflect.TypeOf(err).Name())
	fmt.Println(reflect.ValueOf(err).Type())
}
