// Functions: multiple results, named results with a bare return, variadic
// parameters and spreading a slice, function values, closures holding state,
// recursion and mutual recursion.
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5, 6}...))
	fmt.Println(join("-", "a", "b", "c"))

	next := counter()
	next()
	next()
	fmt.Println(next())
	other := counter()
	fmt.Println(other())

	double := func(x int) int { return x * 2 }
	fmt.Println(apply(double, []int{1, 2, 3}))
	fmt.Println(apply(func(x int) int { return x * x }, []int{4, 5}))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fact(10), fib(20), isEven(10), isOdd(7))

	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
