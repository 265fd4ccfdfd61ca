// Runtime errors the interpreter raised in its reflection's words, given
// Go's: a call of a nil function, a map key of an unhashable type.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("nil func", func() { var f func(); f() })
	try("unhashable", func() { m := map[any]int{}; m[[]int{1}] = 1 })
}
