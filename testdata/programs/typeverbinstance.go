// %T of an instance of a generic type of another package (iter.Seq[int],
// []iter.Seq[int]): the interpreter runs those packages from source and
// named the function type, func(func(int) bool); Go prints iter.Seq[int].
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	fmt.Printf("%T\n", Count(3))
	s := slices.Values([]string{"a"})
	fmt.Printf("%T %T\n", s, maps.Keys(map[string]int{}))
	fmt.Printf("%T\n", []iter.Seq[int]{Count(1)})
}
