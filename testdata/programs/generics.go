package main

// Go 1.21–1.26: the generic packages slices, maps, cmp and iter, range
// over functions with labels and returns, min, max and clear.

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func firstBig(xs []int) int {
	for i, x := range slices.All(xs) {
		if x > 10 {
			return i
		}
	}
	return -1
}

func Largest[T cmp.Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}

func main() {
	xs := []float64{3, 1, 2}
	slices.Sort(xs)
	fmt.Println(xs, slices.Max(xs), slices.Index(xs, 2.0), slices.Contains(xs, 5))
	ps := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
	slices.SortFunc(ps, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for k := range maps.Keys(m) {
		_ = k
	}
	sum := 0
outer:
	for i := range Count(10) {
		for j := range Count(10) {
			if j > i {
				continue outer
			}
			if i == 5 {
				break outer
			}
			sum += j
		}
	}
	fmt.Println(sum, firstBig([]int{1, 5, 20, 30}), Largest([]string{"a", "zz", "b"}))
	fmt.Println(min(3, 1, 2), max(2.5, xs[0]), min("b", "a"))
	clear(m)
	fmt.Println(len(m), cmp.Or("", "x"))
	for i, c := range slices.Backward([]string{"x", "y"}) {
		fmt.Println(i, c)
	}
	next, stop := iter.Pull(Count(3))
	a, ok := next()
	b, ok2 := next()
	stop()
	fmt.Println(a, ok, b, ok2)
	fmt.Println(slices.Collect(Count(4)), strings.Repeat("-", 3))
	ys := slices.Insert([]int{1, 2, 3}, 1, 9, 8)
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys, slices.Compact([]int{1, 1, 2, 2, 2, 3}))
}
