// A generic Set[T comparable] as map[T]struct{} with methods (Add, Has,
// Union, Intersect, Difference, Len), a package-level generic function
// returning its elements sorted for any cmp.Ordered T, and sets of strings,
// ints and a struct type.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Remove(x T)   { delete(s.m, x) }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Each(f func(T)) {
	for x := range s.m {
		f(x)
	}
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	s.Each(r.Add)
	o.Each(r.Add)
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	s.Each(func(x T) {
		if o.Has(x) {
			r.Add(x)
		}
	})
	return r
}

func (s *Set[T]) Difference(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		if !o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s *Set[T]) []T {
	out := make([]T, 0, s.Len())
	s.Each(func(x T) { out = append(out, x) })
	slices.Sort(out)
	return out
}

type Cell struct{ R, C int }

func main() {
	a := NewSet("go", "rust", "c", "zig")
	b := NewSet("c", "go", "python")
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), Sorted(a.Difference(b)))
	fmt.Println(a.Has("go"), a.Has("java"), a.Len())
	a.Remove("zig")
	fmt.Println(Sorted(a))

	evens := NewSet[int]()
	for i := range 20 {
		if i%2 == 0 {
			evens.Add(i)
		}
	}
	threes := NewSet(0, 3, 6, 9, 12, 15, 18)
	fmt.Println(Sorted(evens.Intersect(threes)), evens.Len())

	cells := NewSet(Cell{0, 0}, Cell{1, 2}, Cell{0, 0})
	fmt.Println(cells.Len(), cells.Has(Cell{1, 2}), cells.Has(Cell{2, 1}))
	var none *Set[float64] = NewSet[float64]()
	fmt.Println(Sorted(none), len(Sorted(none)))
}
