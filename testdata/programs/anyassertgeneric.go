package main

// gen's code stores its int in an any: Go's assertion to Color fails; the
// interpreter's, which sees no type name, said 5, true.

// divergo run refuses: asserting any to Color while int values are stored in an any

import "fmt"

type Color int

func gen[T any](v T) any { return v }

func main() {
	x := gen(5)
	c, ok := x.(Color)
	fmt.Println(c, ok)
	var y any = Color(1)
	_ = y
}
