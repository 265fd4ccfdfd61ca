// iter.Seq and iter.Seq2 of a type parameter (func Filter[T any](seq
// iter.Seq[T], …) iter.Seq[T]), which the interpreter cannot run, were
// refused; they are written as the function types they name,
// func(yield func(T) bool), which it runs.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for x := range seq {
			if !yield(f(x)) {
				return
			}
		}
	}
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
}

func (c *Cache[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range c.order {
			if !yield(k, c.data[k]) {
				return
			}
		}
	}
}

func Windows[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(slices.Values([]int{1, 2, 3, 4, 5, 6}), func(x int) bool { return x%2 == 0 })
	squares := Map(evens, func(x int) string { return fmt.Sprint(x * x) })
	for s := range squares {
		fmt.Print(s, " ")
	}
	fmt.Println(slices.Collect(squares))
	c := &Cache[string, float64]{data: map[string]float64{}}
	c.Put("b", 0.5)
	c.Put("a", 0.25)
	for k, v := range c.All() {
		fmt.Println(k, v)
	}
	for w := range Windows([]string{"x", "y", "z"}, 2) {
		fmt.Println(w)
	}
}
