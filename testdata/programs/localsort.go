package main

// A type declared inside a function, sorted by slices.SortFunc: divergo's
// own slices.SortFunc could not name it; divergo run declares it at
// package level (Go prints main.person either way).

import (
	"fmt"
	"slices"
)

func main() {
	type person struct {
		name string
		age  int
	}
	ps := []person{{"b", 3}, {"a", 1}}
	slices.SortFunc(ps, func(a, b person) int { return a.age - b.age })
	fmt.Println(ps)
}
