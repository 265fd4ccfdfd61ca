// A function's results start each call at their zero values: the
// interpreter kept them from the previous call at the same call site, so
// named results counted on (1 2, 2 4, 3 6) and a call whose panic was
// recovered returned the previous call's values.
package main

import "fmt"

func next() (n int) {
	n++
	return n
}

func count(xs []int) (evens, odds int) {
	for _, x := range xs {
		if x%2 == 0 {
			evens++
		} else {
			odds++
		}
	}
	return
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func quotient(a, b int) int {
	defer func() { recover() }()
	return a / b
}

func get(v int) int {
	if v == 0 {
		panic("zero")
	}
	return v
}

func pair(v int) (int, string) {
	defer func() { recover() }()
	return get(v), "ok"
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		fmt.Println(count([]int{1, 2, 3}))
	}
	for _, d := range []int{2, 0} {
		fmt.Println(safeDiv(10, d))
		fmt.Println(quotient(10, d))
	}
	for _, v := range []int{3, 0} {
		fmt.Println(pair(v))
	}
	var fs []func() (s string)
	for i := 0; i < 3; i++ {
		fs = append(fs, func() (s string) { s += "x"; return })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
