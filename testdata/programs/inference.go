package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Number interface{ ~int | ~float64 }

func First[S ~[]E, E any](s S) E { return s[0] }

// Type arguments Go infers: from a function argument's result (Map), a
// variadic list (Sum), a core type (First's E of S ~[]E).
func main() {
	fmt.Println(Map([]int{1, 2}, func(i int) string { return strconv.Itoa(i * 10) }))
	fmt.Println(Sum(1, 2, 4), Sum(1.5, 2))
	xs := []float64{1, 2}
	fmt.Println(Sum(xs...), First(xs))
}
