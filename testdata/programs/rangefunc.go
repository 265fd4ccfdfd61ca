package main

import "fmt"

// Go 1.23: range over a function.
func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range countdown(5) {
		if x == 2 {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
}
