// reflect.TypeOf of a value whose type the checker knows, used only for
// its name (printed, String(), Name()): the interpreter's reflection named
// main.T by its underlying type (int); the name is written in at the call.
package main

import (
	"fmt"
	"reflect"
)

type T int

type Point struct{ X, Y float64 }

type Pair[A, B any] struct {
	A A
	B B
}

func mk() Point { fmt.Println("mk called"); return Point{} }

func main() {
	a := T(12)
	fmt.Println(reflect.TypeOf(a))
	fmt.Println(reflect.TypeOf(&Point{}), reflect.TypeOf([]Point{}), reflect.TypeOf(map[string]T{}))
	fmt.Println(reflect.TypeOf(a).Name(), reflect.TypeOf(Point{}).Name(), reflect.TypeOf(Pair[int, string]{}))
	s := reflect.TypeOf(mk()).String()
	fmt.Println(s, len(s))
	fmt.Print(reflect.TypeOf(a), "\n")
	t := reflect.TypeOf(Point{})
	fmt.Println(t.Kind(), t.NumField())
}
