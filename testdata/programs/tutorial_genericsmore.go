// More generics: a Set[T comparable] type with methods, a constraint with
// a method (Stringer), generic Reduce and Keys, a generic binary tree
// ordered by a comparison function, and explicit instantiation.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += ","
		}
		out += x.String()
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type Tree[T any] struct {
	cmp   func(a, b T) int
	root  *tnode[T]
	count int
}

type tnode[T any] struct {
	v    T
	l, r *tnode[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if t.cmp(v, (*p).v) < 0 {
			p = &(*p).l
		} else {
			p = &(*p).r
		}
	}
	*p = &tnode[T]{v: v}
	t.count++
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T any](n *tnode[T], f func(T)) {
	if n != nil {
		walk(n.l, f)
		f(n.v)
		walk(n.r, f)
	}
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(u.Len(), u.Has(4), u.Has(5), a.Len())

	fmt.Println(JoinAll([]ID{3, 1, 2}))
	sum := Reduce([]int{1, 2, 3, 4}, 0, func(a, x int) int { return a + x })
	strs := Reduce([]int{1, 2}, "", func(a string, x int) string { return a + strconv.Itoa(x) })
	fmt.Println(sum, strs)
	fmt.Println(SortedKeys(map[string]bool{"b": true, "a": false, "c": true}))

	t := &Tree[string]{cmp: func(a, b string) int { return cmp.Compare(len(a), len(b)) }}
	for _, w := range []string{"ccc", "a", "bb", "dddd"} {
		t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println(t.count)
	f := Reduce[float64, float64]
	fmt.Println(f([]float64{1.5, 2.5}, 1, func(a, x float64) float64 { return a * x }))
}
