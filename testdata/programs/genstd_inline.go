// Generic types whose methods call generic functions of the program on their
// type parameter (a recursive quicksort, a two-parameter zip), and the
// generic standard library there (slices.Index, slices.Contains,
// slices.BinarySearch, cmp.Less), with a named string type with a String
// method as the type argument.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type List[E comparable] struct{ xs []E }

func (l *List[E]) Find(v E) int { return slices.Index(l.xs, v) }

func (l *List[E]) Uniq() []E {
	var out []E
	for _, x := range l.xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func qsort[T cmp.Ordered](xs []T) []T {
	if len(xs) < 2 {
		return xs
	}
	p := xs[0]
	var lo, hi []T
	for _, x := range xs[1:] {
		if cmp.Less(x, p) {
			lo = append(lo, x)
		} else {
			hi = append(hi, x)
		}
	}
	return append(append(qsort(lo), p), qsort(hi)...)
}

func pairUp[A, B any](a []A, b []B) []string {
	var out []string
	for i := range min(len(a), len(b)) {
		out = append(out, fmt.Sprint(a[i], "-", b[i]))
	}
	return out
}

type Tree[T cmp.Ordered] struct{ vals []T }

func (t *Tree[T]) Sorted() []T             { return qsort(slices.Clone(t.vals)) }
func (t *Tree[T]) Zip(o []string) []string { return pairUp(t.Sorted(), o) }
func (t *Tree[T]) Search(v T) (int, bool) {
	s := t.Sorted()
	return slices.BinarySearch(s, v)
}

type Name string

func (n Name) String() string { return strings.ToUpper(string(n)) }

func main() {
	l := &List[Name]{[]Name{"a", "b", "a", "c"}}
	fmt.Println(l.Find("b"), l.Find("z"), l.Uniq())
	t := &Tree[float64]{[]float64{3, 1, 2}}
	fmt.Println(t.Sorted(), t.Zip([]string{"x", "y"}))
	fmt.Println(t.Search(2))
	n := &Tree[Name]{[]Name{"b", "a"}}
	fmt.Println(n.Sorted(), n.Zip([]string{"1", "2", "3"}))
	fmt.Printf("%v %s %q\n", n.Sorted(), n.Sorted(), n.Sorted())
}
