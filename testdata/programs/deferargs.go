package main

import "fmt"

func show(label string, v int) { fmt.Println(label, v) }

// A defer evaluates its arguments when it runs, not when the function
// returns.
func main() {
	x := 1
	defer fmt.Println("x =", x)
	defer show("x", x)
	for i := 0; i < 2; i++ {
		defer fmt.Println("i", i, i*10)
	}
	x = 2
	y := []int{1}
	defer fmt.Println(y[0], len(y))
	y[0] = 5
}
