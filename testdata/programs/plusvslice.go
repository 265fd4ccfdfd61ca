package main

// %+v of a slice of a struct with an unexported field: the interpreter
// renamed the field ([{Name:a Xhide:2}], Go [{Name:a hide:2}]); the slice
// is copied into one of structs with the fields' own names.

import "fmt"

type item struct {
	Name string
	hide int
}

func main() {
	fmt.Printf("%+v\n", []item{{"a", 2}})
}
