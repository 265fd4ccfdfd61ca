package main

import "fmt"

type Tagged struct {
	Name string
	V    any
}

type Pair [2]any

func main() {
	a := Tagged{"a", 1}
	b := Tagged{"a", 1}
	c := Tagged{"a", "1"}
	fmt.Println(a == b, a == c, a != c)
	fmt.Println(Pair{1, "x"} == Pair{1, "x"})
}
