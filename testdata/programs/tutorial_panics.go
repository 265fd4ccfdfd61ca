// Panic, defer and recover: deferred calls run last-in first-out with
// arguments evaluated at defer time, a deferred closure changing a named
// result, recover turning a panic into an error, and runtime panics
// (index out of range, nil map write, division by zero) recovered.
package main

import (
	"errors"
	"fmt"
)

func deferOrder() {
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func triple(x int) (result int) {
	defer func() { result *= 3 }()
	return x + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name, "error:", e)
			return
		}
		fmt.Println(name, "value:", r)
	}()
	f()
}

func main() {
	deferOrder()
	fmt.Println(triple(4))
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))

	try("index", func() {
		s := []int{1, 2}
		i := 5
		_ = s[i]
	})
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("custom", func() { panic("boom") })
	try("err", func() { panic(errors.New("bad thing")) })
	try("none", func() {})

	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("x now:", x)
	panic(fmt.Sprintf("fatal: %d", x))
}
