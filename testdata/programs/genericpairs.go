package main

import (
	"fmt"
	"slices"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type PSI = Pair[string, int]

func Map[T, U any](xs []T, f func(T) U) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

// Instantiations of a generic type with two type arguments: in a generic call
// with a function literal (the interpreter crashed) and as the parameter of
// two function literals (one read the zero value).
func main() {
	ps := []Pair[string, int]{{"b", 2}, {"a", 1}}
	slices.SortFunc(ps, func(x, y Pair[string, int]) int { return x.Val - y.Val })
	fmt.Println(Map(ps, func(p Pair[string, int]) string { return p.Key }))
	fmt.Println(Map(ps, func(p PSI) int { return p.Val }))
	m := map[Pair[int, int]]bool{{1, 2}: true}
	fmt.Println(m[Pair[int, int]{1, 2}], ps[0].String())
	g := func(p Pair[string, int]) string { return p.Key }
	h := func(p Pair[string, int]) string { return p.Key + "!" }
	fmt.Println(g(Pair[string, int]{"x", 1}), h(Pair[string, int]{"y", 1}))
}
