package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Go 1.21–1.23: min, max, clear, range over an integer, slices and maps.
func main() {
	xs := []int{5, 2, 8, 1}
	slices.Sort(xs)
	fmt.Println(xs, min(3, 1, 2), max(2.5, 1), slices.Index(xs, 8))
	m := map[string]int{"b": 2, "a": 1}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	n := 0
	for i := range 4 {
		n += i
	}
	clear(m)
	fmt.Println(n, len(m), strings.Repeat("ab", 2))
}
