package main

// reflect.TypeOf of the program's types where the interpreter's reflection
// answers as Go's: Kind, NumField, Size, NumIn, Elem, and an exported
// field's tag, name, index and offset. (Its String, Name, methods and
// unexported fields differ, and an interface type of the program is a
// struct to it: refused.)

import (
	"fmt"
	"reflect"
)

type S struct {
	A int `json:"a"`
	b string
}

type F func(int) int

func main() {
	fmt.Println(reflect.TypeOf(S{}).Kind(), reflect.TypeOf(S{}).NumField(), reflect.TypeOf(&S{}).Elem().Size())
	f, ok := reflect.TypeOf(S{}).FieldByName("A")
	fmt.Println(f.Tag, f.Name, f.Index, f.Offset, ok)
	fmt.Println(reflect.TypeOf(F(nil)).Kind(), reflect.TypeOf(F(nil)).NumIn())
	fmt.Println(reflect.TypeOf(map[string]S{}).Elem().Kind(), reflect.TypeOf([]S{}).Elem().NumField())
}
