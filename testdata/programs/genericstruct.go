// A generic function whose signature writes a struct type with fields of
// its type parameters: the interpreter could not instantiate it. divergo
// run writes the instantiation as a function of its own (lowerGenericFuncs).
package main

import "fmt"

func Zip[A, B any](as []A, bs []B) []struct {
	A A
	B B
} {
	out := make([]struct {
		A A
		B B
	}, 1)
	out[0].A = as[0]
	out[0].B = bs[0]
	return out
}

func main() {
	z := Zip([]int{1, 2, 3}, []string{"x", "y"})
	fmt.Println(z[0].A, z[0].B)
}
