// Iterators over maps and pulled sequences: maps.Keys and maps.Values sorted
// with slices.Sorted, maps.Collect of maps.All, maps.Insert, a custom
// iter.Seq2, and iter.Pull turning a push iterator into next/stop calls to
// zip two sequences of different lengths.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i*10, v) {
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	ages := map[string]int{"zoe": 31, "adam": 25, "mia": 28, "li": 25}
	fmt.Println(slices.Sorted(maps.Keys(ages)))
	fmt.Println(slices.Sorted(maps.Values(ages)))
	cp := maps.Collect(maps.All(ages))
	cp["new"] = 1
	fmt.Println(len(ages), len(cp), maps.Equal(ages, cp))
	extra := map[string]int{"bo": 40}
	maps.Insert(extra, maps.All(map[string]int{"cy": 41}))
	fmt.Println(extra)

	fmt.Println(slices.Collect(countdown(5)))
	for i, s := range enumerate([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()

	next, stop := iter.Pull(countdown(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print("pulled ", v, "; ")
	}
	stop()
	fmt.Println()
	for n, w := range zip(countdown(10), slices.Values([]string{"x", "y", "z"})) {
		fmt.Print(n, w, " ")
	}
	fmt.Println()
	idx := maps.Collect(enumerate([]string{"p", "q"}))
	fmt.Println(idx)
	for k, v := range slices.All([]string{"u", "v"}) {
		fmt.Print(k, v)
	}
	for v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(" ", v)
	}
	fmt.Println()
}
