package main

import "fmt"

type Pair[T any] struct{ A, B T }

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func main() {
	xs := []Pair[int]{{1, 2}, {3, 4}}
	fmt.Println(Map(xs, func(p Pair[int]) int { return p.A + p.B }))
}
