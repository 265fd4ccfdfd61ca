// %v and %+v of an any holding an instance of a generic type of the
// program print as in Go; only %T and %#v, which name the type, are
// refused.
package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	var b any = Box[int]{1}
	fmt.Printf("%v %+v\n", b, b)
}
