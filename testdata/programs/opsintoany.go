package main

import (
	"fmt"
	"time"
)

func neg(x int) any { return -x }

func k(x int, b bool) any { return !b }

func cmp(x int) any { return x != 0 }

func sh(x int) any { return x << 2 }

func main() {
	x := 3
	var v any
	v = -x
	fmt.Println(v)
	m := map[string]any{}
	m["neg"] = -x
	m["pos"] = x
	m["mod"] = x % 2
	fmt.Println(len(m), m)
	fmt.Println(neg(3), k(1, true), cmp(2), sh(1))
	d := time.Second
	var s fmt.Stringer
	s = -d
	fmt.Println(s)
	xs := make([]any, 2)
	xs[0] = ^x
	xs[1] = x >> 1
	fmt.Println(xs)
}
