// Pointers: taking an address, dereferencing, passing a pointer to change
// the caller's variable, new, pointers to struct fields and array elements,
// and comparing pointers with each other and nil.
package main

import "fmt"

func zeroVal(v int) { v = 0 }

func zeroPtr(p *int) { *p = 0 }

type point struct{ X, Y int }

func moveBy(p *point, dx, dy int) {
	p.X += dx
	p.Y += dy
}

func newCounter() *int {
	c := 10
	return &c
}

func main() {
	i := 5
	zeroVal(i)
	fmt.Println(i)
	zeroPtr(&i)
	fmt.Println(i)

	p := &i
	*p = 42
	fmt.Println(i, *p, p == &i)

	q := new(int)
	fmt.Println(*q)
	*q += 3
	fmt.Println(*q)

	pt := point{1, 2}
	moveBy(&pt, 3, 4)
	fmt.Println(pt)
	pp := &pt
	pp.X = 100
	fmt.Println(pt.X, (*pp).Y)

	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)

	c := newCounter()
	*c++
	fmt.Println(*c)

	var nilp *point
	fmt.Println(nilp == nil, nilp)

	ptrs := []*point{{1, 1}, {2, 2}}
	for _, p := range ptrs {
		p.X *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	x, y := 1, 2
	px, py := &x, &y
	px, py = py, px
	fmt.Println(*px, *py, x, y)
}
