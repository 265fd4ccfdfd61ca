// Iterators in methods of a generic type of two type parameters: maps.Keys
// ranged over and collected, slices.Sorted, slices.All, slices.Chunk,
// slices.SortFunc with cmp.Compare, and an iter.Seq2 method ranged over
// with a break.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Index[K cmp.Ordered, V any] struct{ m map[K]V }

func (ix *Index[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(ix.m)) {
			if !yield(k, ix.m[k]) {
				return
			}
		}
	}
}

func (ix *Index[K, V]) Firsts(n int) []K {
	var out []K
	for k := range maps.Keys(ix.m) {
		out = append(out, k)
	}
	slices.Sort(out)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func (ix *Index[K, V]) Pairs() []string {
	var out []string
	for i, k := range slices.All(ix.Firsts(10)) {
		out = append(out, fmt.Sprint(i, ":", k, "=", ix.m[k]))
	}
	return out
}

func (ix *Index[K, V]) Rev() []K {
	ks := slices.Collect(maps.Keys(ix.m))
	slices.SortFunc(ks, func(a, b K) int { return cmp.Compare(b, a) })
	return ks
}

func (ix *Index[K, V]) Chunks() [][]K {
	return slices.Collect(slices.Chunk(ix.Rev(), 2))
}

func main() {
	ix := &Index[string, int]{map[string]int{"b": 2, "a": 1, "d": 4, "c": 3}}
	for k, v := range ix.All() {
		if k == "d" {
			break
		}
		fmt.Println(k, v)
	}
	fmt.Println(ix.Firsts(2), ix.Pairs(), ix.Rev(), ix.Chunks())
	fx := &Index[float64, bool]{map[float64]bool{1.5: true, -2: false}}
	fmt.Println(fx.Rev(), fx.Pairs())
}
