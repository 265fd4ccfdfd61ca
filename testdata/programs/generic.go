package main

import "fmt"

type number interface{ ~int | ~float64 }

func sum[T number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type pair[K comparable, V any] struct {
	key K
	val V
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}), sum([]float64{0.5, 0.25}))
	p := pair[string, int]{"n", 3}
	fmt.Println(p.key, p.val)
}
