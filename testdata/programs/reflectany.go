// divergo run refuses: reflect.TypeOf of a value of type any while values of User, declared in the program, are stored in an any
package main

// reflect.TypeOf of values held in an any, one of them a struct of the
// program (a tutorial's loop over []any): Go prints int, main.User and
// *main.User, and Name() gives "User". The interpreter printed
// struct { Name string; Age int } and an empty name, silently. Kind alone
// is allowed (reflectanykind.go).

import (
	"fmt"
	"reflect"
)

type User struct {
	Name string
	Age  int
}

func main() {
	for _, v := range []any{42, User{"a", 1}, &User{}} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Kind(), t.Name())
	}
}
