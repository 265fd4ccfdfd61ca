// Generic functions calling generic functions that call the generic
// standard library on their type parameters: a chain down to slices.Sort,
// slices.SortFunc with a closure over the caller's parameter, cmp.Compare
// on strings and floats (NaN first), maps.Keys with slices.Sorted, and a
// named type with a String method as the type argument, printed by the
// generic code.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

func sortedCopy[T cmp.Ordered](xs []T) []T {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}

func median[T cmp.Ordered](xs []T) T {
	s := sortedCopy(xs)
	return s[len(s)/2]
}

func describe[T cmp.Ordered](name string, xs []T) string {
	return fmt.Sprintf("%s: sorted %v, median %v", name, sortedCopy(xs), median(xs))
}

func byDistance[T ~int | ~float64](xs []T, center T) []T {
	out := slices.Clone(xs)
	slices.SortFunc(out, func(a, b T) int {
		da, db := a-center, b-center
		if da < 0 {
			da = -da
		}
		if db < 0 {
			db = -db
		}
		return cmp.Compare(da, db)
	})
	return out
}

func order[T cmp.Ordered](a, b T) string {
	switch cmp.Compare(a, b) {
	case -1:
		return fmt.Sprint(a, " < ", b)
	case 1:
		return fmt.Sprint(a, " > ", b)
	}
	return fmt.Sprint(a, " = ", b)
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

func invert[K, V cmp.Ordered](m map[K]V) map[V][]K {
	out := map[V][]K{}
	for _, k := range sortedKeys(m) {
		out[m[k]] = append(out[m[k]], k)
	}
	return out
}

func smallest[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

type Level int

func (l Level) String() string { return strings.Repeat("*", int(l)) }

func main() {
	fmt.Println(describe("ints", []int{7, 2, 9, 4, 4}))
	fmt.Println(describe("words", []string{"kiwi", "Apple", "apple", "banana"}))
	fmt.Println(describe("levels", []Level{3, 1, 2}))
	fmt.Println(byDistance([]int{1, 9, 4, 6, 5}, 5))
	fmt.Println(byDistance([]float64{0.5, -2, 3.25, 1}, 1))
	nan := math.NaN()
	fmt.Println(order("a", "b"), order("b", "a"), order("go", "go"))
	fmt.Println(order(nan, 1.0), order(1.0, nan), order(nan, nan), order(math.Inf(-1), nan))
	fmt.Println(order(-0.0, 0.0), order(Level(2), Level(1)))
	fmt.Println(sortedKeys(map[string]int{"z": 1, "a": 2, "m": 3}))
	fmt.Println(sortedKeys(map[Level]bool{3: true, 1: false}))
	inv := invert(map[string]int{"a": 1, "b": 2, "c": 1})
	fmt.Println(len(inv), inv[1], inv[2])
	fmt.Println(smallest(3, 1, 2), smallest("b", "a"), smallest(Level(4), Level(2)))
	fmt.Println(describe("floats", []float64{2, nan, -1, 0}))
}
