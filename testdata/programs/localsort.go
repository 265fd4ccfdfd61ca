package main

// divergo run refuses: person is declared inside a function

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
