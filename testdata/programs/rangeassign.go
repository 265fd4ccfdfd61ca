package main

// A range that assigns variables declared before it (for idx, s = range
// xs): after the loop they hold the last iteration's values, or those of
// the iteration that broke out (the interpreter left them as they were
// before the loop).

import "fmt"

func last(xs []int) (i int) {
	for i = range xs {
	}
	return
}

func main() {
	var idx int
	var s string
	for idx, s = range []string{"x", "y", "z"} {
		if s == "y" {
			break
		}
	}
	fmt.Println(idx, s)
	var k, v int
	for k, v = range []int{5, 6, 7} {
	}
	fmt.Println(k, v, last([]int{1, 2, 3}))
	m := map[string]int{"a": 1}
	var mk string
	for mk = range m {
	}
	fmt.Println(mk)
	ch := make(chan int, 2)
	ch <- 4
	ch <- 5
	close(ch)
	var c int
	for c = range ch {
	}
	fmt.Println(c)
	var r rune
	var p int
	for p, r = range "héllo" {
	}
	fmt.Println(p, r)
	arr := [3]int{7, 8, 9}
	var a int
	for _, a = range arr {
	}
	fmt.Println(a)
	var n int
	for n = range 4 {
	}
	fmt.Println(n)
	var pi int
	pa := &[3]int{}
	for pi = range pa {
	}
	fmt.Println(pi)
	xs := []int{0, 0, 0}
	for xs[0] = range []int{3, 4} {
	}
	fmt.Println(xs)
}
