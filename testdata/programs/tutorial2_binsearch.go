// Binary search: slices.BinarySearch returning (index, found), the insertion
// point for a missing value, slices.BinarySearchFunc over structs sorted by a
// key with cmp.Compare, sort.SearchInts, and a hand-written lower bound.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Event struct {
	Year int
	Name string
}

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	a := []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29}
	for _, x := range []int{2, 13, 14, 29, 30, 0} {
		i, ok := slices.BinarySearch(a, x)
		fmt.Printf("%2d: index %2d found %-5v lower %2d sort %2d\n", x, i, ok, lowerBound(a, x), sort.SearchInts(a, x))
	}
	i, _ := slices.BinarySearch(a, 14)
	a = slices.Insert(a, i, 14)
	fmt.Println(a)

	events := []Event{{1948, "Shannon's paper"}, {1952, "Huffman coding"}, {1977, "LZ77"}, {1987, "arithmetic coding"}, {1948, "transistor"}}
	slices.SortStableFunc(events, func(x, y Event) int { return cmp.Compare(x.Year, y.Year) })
	fmt.Println(events)
	for _, y := range []int{1948, 1960, 1977, 2000} {
		j, found := slices.BinarySearchFunc(events, y, func(e Event, t int) int { return cmp.Compare(e.Year, t) })
		if found {
			fmt.Println(y, "->", events[j].Name)
		} else {
			fmt.Println(y, "-> none; would insert at", j)
		}
	}
	words := []string{"bit", "byte", "code", "nat", "shannon"}
	fmt.Println(sort.SearchStrings(words, "entropy"), slices.Contains(words, "nat"), slices.Index(words, "code"))
}
