package main

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Number interface{ ~int | ~float64 }

func Mean[T Number](xs ...T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	fmt.Println(Sorted(a.Union(b)), a.Has(2), b.Has(2), len(a))
	ws := NewSet(strings.Fields("to be or not to be")...)
	fmt.Println(Sorted(ws))
	p := Pair[string, int]{"x", 1}
	fmt.Println(p, []Pair[string, float64]{{"pi", 3.14}})
	fmt.Printf("%v %s\n", p, p)
	var l List[string]
	l.Push("c")
	l.Push("b")
	l.Push("a")
	var sb strings.Builder
	l.Each(func(s string) { sb.WriteString(s) })
	fmt.Println(sb.String(), l.size)
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	for _, k := range Keys(m) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	fmt.Println(Mean(1, 2, 4), Mean(0.5, 0.25))
	type Score int
	fmt.Println(Mean[Score](90, 85, 77))
	pairs := []Pair[int, string]{{3, "c"}, {1, "a"}, {2, "b"}}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].Key < pairs[j].Key })
	fmt.Println(pairs)
}
