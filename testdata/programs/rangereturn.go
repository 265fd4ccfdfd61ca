package main

import (
	"errors"
	"fmt"
	"slices"
)

// Returns of several values from inside a range over a function: a call,
// a constant and an untyped nil among them.
func search(xs []int, target int) (int, int) {
	for i, x := range slices.All(xs) {
		if x == target {
			return i, len(xs)
		}
	}
	return 0, 0
}

func find(xs []string, s string) (int, error) {
	for i, x := range slices.All(xs) {
		if x == s {
			return i, nil
		}
	}
	return -1, errors.New("not found: " + s)
}

func describe(xs []int) (string, int) {
	for x := range slices.Values(xs) {
		if x > 1 {
			return fmt.Sprint(x), 3
		}
	}
	return "", 0
}

func pair() (int, int) { return 7, 8 }

func forward(xs []int) (int, int) {
	for range slices.Values(xs) {
		return pair()
	}
	return 0, 0
}

func main() {
	fmt.Println(search([]int{1, 2}, 2))
	fmt.Println(find([]string{"a", "b"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
	fmt.Println(describe([]int{1, 5}))
	fmt.Println(forward([]int{1}))
}
