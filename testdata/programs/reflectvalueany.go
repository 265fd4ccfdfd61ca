// divergo run refuses: reflect.ValueOf of a value of type any while values of User, declared in the program, are stored in an any
package main

// reflect.ValueOf of values held in an any, one of them a struct of the
// program with a method: Go prints main.User, User and {a 1}. The
// interpreter held the User as its wrapper and printed
// interp.valueInterface, valueInterface and the wrapper's insides
// ({0xc… {…}}), silently; for a *User, *struct { Name string; Age int }.
// Kind alone is allowed (reflectvalueanykind.go).

import (
	"fmt"
	"reflect"
)

type User struct {
	Name string
	Age  int
}

func (u User) Hello() string { return "hi " + u.Name }

func main() {
	for _, x := range []any{42, User{"a", 1}, &User{"b", 2}} {
		v := reflect.ValueOf(x)
		fmt.Println(v.Type(), v.Type().Name(), v)
		fmt.Println(reflect.Indirect(v).Type())
	}
}
