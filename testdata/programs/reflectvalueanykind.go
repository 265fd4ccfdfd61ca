package main

// reflect.ValueOf of values held in an any while a struct of the program
// is stored in one, used only for its Kind (and its Type's), IsNil and
// Len, which the interpreter answers as Go does (reflectvalueany.go is
// refused: it prints the Value's Type).

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
	var none *User
	for _, x := range []any{42, User{"a", 1}, &User{"b", 2}, none, []int{1, 2}, "hey"} {
		v := reflect.ValueOf(x)
		fmt.Println(v.Kind(), v.Type().Kind(), v.IsValid())
		if v.Kind() == reflect.Pointer {
			fmt.Println(v.IsNil(), v.Elem().Kind())
		}
		if k := v.Kind(); k == reflect.Slice || k == reflect.String {
			fmt.Println(v.Len())
		}
	}
	fmt.Println(reflect.ValueOf(nil).IsValid())
}
