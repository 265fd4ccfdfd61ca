package main

// Closures over a loop variable of an array type, which the body changes:
// each iteration's closure sees its own copy, as of the iteration's end.

import "fmt"

func main() {
	var gs []func() int
	for a := [2]int{}; a[0] < 6; a[0]++ {
		gs = append(gs, func() int { return a[0] })
		a[0]++
	}
	for _, g := range gs {
		fmt.Println(g())
	}
	var hs []func() [2]int
	for b := [2]int{}; b[1] < 3; b[1]++ {
		hs = append(hs, func() [2]int { return b })
		b[0] = b[1] * 10
	}
	for _, h := range hs {
		fmt.Println(h())
	}
}
