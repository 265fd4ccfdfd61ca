// A program that names something else len: the index checks and the
// string ranges divergo writes called it (an index in range panicked,
// "index out of range [0] with length 0").
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	len := func(s []int) int { return 0 }
	xs := []int{1, 2, 3}
	fmt.Println(len(xs))
	for i, r := range "a\xffb" {
		fmt.Print(i, r, " ")
	}
	fmt.Println()
	s := 0
	for k := 0; k < 3; k++ {
		s += xs[k]
	}
	fmt.Println(s, xs[1])
	i := 5
	fmt.Println(xs[i])
}
