// A program's own len used inside an index, with len shadowed: divergo's
// index checks replaced every len( in their text by the helper, the
// program's call included, and checked the wrong index.
package main

import "fmt"

func main() {
	len := func(s []int) int { return 1 }
	xs := []int{10, 20, 30}
	ys := []int{1, 2, 3, 4, 5, 6, 7}
	fmt.Println(xs[len(ys)])
	for k := 0; k < 2; k++ {
		fmt.Println(xs[len(ys)+k])
	}
}
