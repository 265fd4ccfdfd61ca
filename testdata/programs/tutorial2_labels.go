// Control flow with labels: break and continue to an outer loop label, a
// labeled break out of a select-free switch inside a loop, goto for a retry
// loop, and switch fallthrough (including a fallthrough into default).
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()

	fmt.Println(findPair(grid, 8))

primes:
	for n := 2; n < 30; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue primes
			}
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()

	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts)

	for _, grade := range []int{95, 85, 75, 50} {
		fmt.Print(grade, ": ")
		switch {
		case grade >= 90:
			fmt.Print("excellent ")
			fallthrough
		case grade >= 80:
			fmt.Print("good ")
			fallthrough
		case grade >= 70:
			fmt.Print("pass ")
		default:
			fmt.Print("fail ")
		}
		fmt.Println()
	}
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	default:
		fmt.Println("default after fallthrough")
	case 2:
		fmt.Println("two")
	}
}
