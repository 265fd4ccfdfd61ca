package main

// divergo run refuses: converts a value to its type parameter

import "fmt"

type Count int

func Len[N ~int, T any](xs []T) N { return N(len(xs)) }

func main() {
	fmt.Println(Len[int]([]string{"a"}))
	fmt.Println(Len[Count]([]string{"a", "b"}))
}
