// divergo run refuses: fmt.Printf with %T, %+v or %#v of main.item, a type declared in the program
package main

// %+v of a slice of a struct with an unexported field: the interpreter
// renamed the field ([{Name:a Xhide:2}], Go [{Name:a hide:2}]).

import "fmt"

type item struct {
	Name string
	hide int
}

func main() {
	fmt.Printf("%+v\n", []item{{"a", 2}})
}
