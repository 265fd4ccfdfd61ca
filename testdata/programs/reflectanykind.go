package main

// reflect.TypeOf of values held in an any while a struct of the program is
// stored in one, used only for its Kind, which the interpreter answers as
// Go does: int, struct, ptr (reflectany.go is refused: it prints the Type).

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
		fmt.Println(reflect.TypeOf(v).Kind())
	}
}
