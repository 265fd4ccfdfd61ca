package main

// A conversion to a type parameter, which the interpreter could not compile
// for a named type argument (Count): divergo run copies Len for Count.

import "fmt"

type Count int

func Len[N ~int, T any](xs []T) N { return N(len(xs)) }

func main() {
	fmt.Println(Len[int]([]string{"a"}))
	fmt.Println(Len[Count]([]string{"a", "b"}))
}
