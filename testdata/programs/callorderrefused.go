// divergo run refuses: a value of a type parameter's type converted to an interface, read before a call
// In a generic function, gc copies a value it converts to an interface
// before the later calls or reads it after them according to the type
// argument (by address or not): divergo does not know which, and refuses
// the program, naming the construct.
package main

import "fmt"

func show[T any](m map[string]T, h func() int) {
	fmt.Println(m["k"], h())
}

func main() {
	m := map[string]int{"k": 1}
	show(m, func() int { m["k"] = 10; return 0 })
	b := map[string]bool{"k": false}
	show(b, func() int { b["k"] = true; return 0 })
}
