package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
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

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Celsius float64

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

func main() {
	ints := []int{5, 3, 8, 1}
	fmt.Println(Sum(ints), Sum([]float64{0.1, 0.2}), Sum([]Celsius{20.5, 1.5}))
	strs := Map(ints, func(i int) string { return strings.Repeat("#", i) })
	fmt.Println(strs)
	fmt.Println(Filter(ints, func(i int) bool { return i%2 == 1 }))
	fmt.Println(Reduce(ints, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	var st Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		st.Push(w)
	}
	for st.Len() > 0 {
		v, _ := st.Pop()
		fmt.Print(v, " ")
	}
	v, ok := st.Pop()
	fmt.Printf("%q %v\n", v, ok)
	words := []string{"kiwi", "banana", "fig", "cherry"}
	fmt.Println(MaxBy(words, func(s string) int { return len(s) }))
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words, slices.Index(words, "fig"), slices.Contains(words, "plum"))
	fmt.Printf("%T %v\n", Sum([]Celsius{1}), st)
	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found, slices.Max(ints), min(3, 1, 2), max(2.5, 1))
}
