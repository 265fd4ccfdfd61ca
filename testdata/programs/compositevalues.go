package main

import "fmt"

// A composite literal assigned to a variable is copied into the variable's
// storage: pointers, closures and method values made before still refer to
// the variable, and the other values of the same statement are assigned too.

type S struct{ X int }

func (s *S) Inc() { s.X++ }

func main() {
	x, y := S{1}, 5
	fmt.Println("define:", x, y)

	var g S
	var i int
	p := &g
	g, i = S{8}, 1
	fmt.Println("assign:", g, i, p.X)

	g = S{5}
	fmt.Println("pointer:", p.X, g.X)
	inc := g.Inc
	g = S{X: 7}
	inc()
	fmt.Println("method value:", g.X)
	h := func() { g.X += 100 }
	g = S{}
	h()
	fmt.Println("closure:", g.X, p.X)

	var a [2]int
	var j int
	a, j = [2]int{8}, 2
	fmt.Println("array:", a, j)
	var k int
	var b []int
	k, b = 3, []int{1}
	fmt.Println("slice:", k, b)
	var c, d = S{2}, 3
	fmt.Println("var:", c, d)
	e, f, n := S{1}, S{2}, 3
	fmt.Println("three:", e, f, n)
}
