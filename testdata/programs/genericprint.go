package main

import "fmt"

// A generic helper that prints values with %v and types of the standard
// library with %T runs as Go runs it.

type pair[K comparable, V any] struct {
	k K
	v V
}

func (p pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.k, p.v) }

func describe[T any](v T) string { return fmt.Sprintf("%T %v", v, v) }

func main() {
	fmt.Println(describe(3), describe(2.5), describe([]string{"a"}))
	fmt.Println(pair[string, int]{"a", 1}.String())
}
