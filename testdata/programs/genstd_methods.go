// Generic types whose methods call the generic standard library on their
// type parameter (slices.Sort, slices.Index, slices.Contains, cmp.Compare,
// maps.Keys with slices.Sorted), instantiated with ints, strings, float64s
// with a NaN, and a named type of the program with a String method.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
)

type Bag[T cmp.Ordered] struct {
	items []T
	count map[T]int
}

func NewBag[T cmp.Ordered](xs ...T) *Bag[T] {
	b := &Bag[T]{count: map[T]int{}}
	for _, x := range xs {
		b.Add(x)
	}
	return b
}

func (b *Bag[T]) Add(x T) {
	b.items = append(b.items, x)
	b.count[x]++
}

func (b *Bag[T]) Sorted() []T {
	out := slices.Clone(b.items)
	slices.Sort(out)
	return out
}

func (b *Bag[T]) Keys() []T { return slices.Sorted(maps.Keys(b.count)) }

func (b *Bag[T]) Where(x T) (int, bool) {
	return slices.Index(b.items, x), slices.Contains(b.items, x)
}

func (b *Bag[T]) Rank(x T) []int {
	var r []int
	for _, y := range b.items {
		r = append(r, cmp.Compare(x, y))
	}
	return r
}

type Grade int

func (g Grade) String() string { return fmt.Sprintf("grade-%d", int(g)) }

func main() {
	ints := NewBag(5, 3, 9, 3, 1)
	fmt.Println(ints.Sorted(), ints.Keys())
	fmt.Println(ints.Where(9))
	fmt.Println(ints.Where(4))
	fmt.Println(ints.Rank(3))

	words := NewBag("pear", "fig", "apple", "fig")
	fmt.Println(words.Sorted(), words.Keys())
	fmt.Println(words.Rank("fig"), words.Rank("Fig"))

	nan := math.NaN()
	floats := NewBag(2.5, nan, -1.0, math.Inf(1), 0.0)
	fmt.Println(floats.Sorted())
	fmt.Println(floats.Rank(nan), floats.Rank(0.0))
	fmt.Println(floats.Where(nan))

	grades := NewBag(Grade(3), Grade(1), Grade(2), Grade(1))
	fmt.Println(grades.Sorted(), grades.Keys())
	fmt.Printf("%v %d %s\n", grades.Sorted(), grades.Sorted())
	i, ok := grades.Where(Grade(2))
	fmt.Println(i, ok, grades.Rank(Grade(2)))
}
