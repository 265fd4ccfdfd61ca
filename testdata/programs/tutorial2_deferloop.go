// Defer order and loop variables: deferred calls run last-in first-out, their
// arguments are evaluated when the defer runs, per-iteration loop variables
// (Go 1.22) captured by closures, a deferred closure changing a named result,
// and closures used as generators (fibonacci, a counter factory).
package main

import "fmt"

func order() {
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 1
	defer fmt.Println("defer saw x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int { n += step; return n }
	reset = func() { n = start }
	return
}

func main() {
	order()
	args()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(triple())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	f := fib()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
}
