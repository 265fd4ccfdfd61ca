package main

import "fmt"

// A generic helper that prints its argument's type with %T, given a
// struct of package main: Go prints main.sample; the interpreter would
// print the struct's layout; in the copy of describe that divergo run
// writes for sample, v is a sample, which the other lowerings print as Go.

type sample struct {
	n    int
	mean float64
}

func describe[T any](v T) string { return fmt.Sprintf("%T", v) }

func main() {
	fmt.Println(describe(3), describe(2.5))
	fmt.Println(describe(sample{10, 0.5}))
}
