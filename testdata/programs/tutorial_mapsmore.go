// More maps: a map of slices, a map of struct values updated by copy and
// write-back, a map of pointers, struct and array keys, nested maps
// created on demand, maps.Clone, maps.Equal, clear, and min/max builtins.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Point struct{ X, Y int }

type Stats struct {
	Count int
	Total float64
}

func main() {
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(k, groups[k])
	}

	stats := map[string]Stats{}
	for _, v := range []struct {
		k string
		x float64
	}{{"a", 1}, {"b", 2}, {"a", 3}} {
		s := stats[v.k]
		s.Count++
		s.Total += v.x
		stats[v.k] = s
	}
	fmt.Println(stats)

	ptrs := map[string]*Stats{"z": {}}
	ptrs["z"].Count += 5
	fmt.Println(*ptrs["z"])

	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[Point{1, 2}], grid[Point{}], len(grid))
	seen := map[[2]int]bool{{1, 1}: true}
	fmt.Println(seen[[2]int{1, 1}], seen[[2]int{2, 2}])

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(nested)

	c := maps.Clone(grid)
	c[Point{5, 5}] = "new"
	fmt.Println(len(grid), len(c), maps.Equal(grid, c))
	clear(c)
	fmt.Println(len(c), c)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
}
