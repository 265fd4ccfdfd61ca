// A struct type with fields of type parameters inside a generic function's
// body runs (only one in its signature is refused).
package main

import "fmt"

func F[A, B any](a A, b B) B {
	out := make([]struct {
		A A
		B B
	}, 1)
	out[0].A = a
	out[0].B = b
	return out[0].B
}

func main() {
	fmt.Println(F(3, "x"))
}
