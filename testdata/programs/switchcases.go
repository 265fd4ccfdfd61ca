package main

// A case listing several values, some computed after the first (calls,
// sums, comparisons), in switches with and without a tag, with an init
// statement, fallthrough and break: each value is evaluated in order until
// one matches, as in Go.

import "fmt"

var calls []string

func one() int { calls = append(calls, "one"); return 1 }
func two() int { calls = append(calls, "two"); return 2 }

func classify(x, y int) string {
	switch x {
	case 3, one():
		return "three or one"
	case y, y + 2:
		return "y or y+2"
	case two():
		return "two"
	}
	return "none"
}

func sign(x int) string {
	switch {
	case x < 0, x > 100:
		return "out"
	case x == 0, x == 50, x == 100:
		return "mark"
	default:
		return "in"
	}
}

func main() {
	for x := 0; x < 7; x++ {
		calls = nil
		fmt.Println(x, classify(x, 4), calls)
	}
	for _, x := range []int{-1, 0, 7, 50, 100, 101} {
		fmt.Println(x, sign(x))
	}
	for i := 0; i < 4; i++ {
		switch k := i * 2; k {
		case 0, two():
			fmt.Println(i, "zero or two")
			fallthrough
		case 100, one() + 5:
			fmt.Println(i, "six (or fell through)")
			if i == 1 {
				break
			}
			fmt.Println(i, "not broken")
		}
	}
	s := "b"
	switch s {
	case "a", s + "":
		fmt.Println("s matched")
	}
}
