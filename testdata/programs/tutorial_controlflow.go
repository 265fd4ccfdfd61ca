// Control flow from a tutorial: the three forms of for, if with a short
// statement, switch with and without a tag, fallthrough, labelled break and
// continue, and FizzBuzz.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println("sum", sum)

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n", n)

	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println("count", count)

	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz ")
		case i%3 == 0:
			fmt.Print("Fizz ")
		case i%5 == 0:
			fmt.Print("Buzz ")
		default:
			fmt.Print(i, " ")
		}
	}
	fmt.Println()

	if v := 42; v > 40 {
		fmt.Println(v, "is big")
	} else {
		fmt.Println(v, "is small")
	}

	for _, v := range []int{-3, 0, 4, 7} {
		fmt.Println(v, classify(v))
	}

	switch day := 3; day {
	case 1, 7:
		fmt.Println("weekend")
	case 3:
		fmt.Println("midweek")
		fallthrough
	case 4:
		fmt.Println("fell through")
	default:
		fmt.Println("weekday")
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
}
