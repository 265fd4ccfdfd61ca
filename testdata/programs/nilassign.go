package main

import (
	"errors"
	"fmt"
)

type P struct{ X int }

func two() (int, error) { return 5, nil }

// nil among the values of parallel assignments and var declarations.
func main() {
	var a int
	var b error
	a, b = 2, error(nil)
	fmt.Println(a, b)
	var p *P
	b = errors.New("x")
	a, p = 3, (*P)(nil)
	fmt.Println(a, p == nil, b)
	var m map[string]int
	var s []int
	var f func()
	s, m, f = nil, nil, nil
	fmt.Println(s == nil, m == nil, f == nil)
	var i any = 3
	a, i = 4, nil
	fmt.Println(a, i)
	b = nil
	a, b = two()
	fmt.Println(a, b)
}

func init() {
	var i, j any = 1, 2
	var k int
	i, j = nil, nil
	fmt.Println(i, j)
	i, k, j = nil, 7, nil
	fmt.Println(i, j, k)
	k, i = 8, nil
	fmt.Println(i, k)
	var e error
	var p *int
	e, p, i = nil, nil, nil
	fmt.Println(e, p, i)
	var x, y *int = nil, nil
	fmt.Println(x, y)
}
