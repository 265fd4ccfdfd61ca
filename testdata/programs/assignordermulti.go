// Assignments to several targets: Go's compiler makes the calls first,
// then reads the targets' indexes and pointers, then assigns left to
// right, checking each element's index as it assigns it.
package main

import (
	"errors"
	"fmt"
)

var j int

func f() (int, int) { j = 2; return 7, 1 }

type P struct{ v int }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func next(i *int) (Shape, error) {
	*i = 1
	return Sq{3}, errors.New("last")
}

func main() {
	arr := []int{0, 0, 0}
	arr[j], j = f()
	fmt.Println(arr, j)

	k := 0
	g := func() int { k = 2; return 9 }
	arr[k], k = g(), 1
	fmt.Println(arr, k)

	m := 0
	arr[m], m = 5, 2
	fmt.Println(arr, m)

	p, q := &P{}, &P{}
	h := func() int { p = q; return 4 }
	p.v, m = h(), 3
	fmt.Println(p.v, q.v, m)

	// An interface element and an error from one call.
	shapes := make([]Shape, 2)
	var err error
	i := 0
	shapes[i], err = next(&i)
	fmt.Println(shapes, err, i)

	// A blank target, an array.
	var a [3]string
	n := 0
	bump := func() (string, string) { n = 2; return "x", "y" }
	a[n], _ = bump()
	fmt.Printf("%q\n", a)

	// Swaps stay as they were.
	xs := []int{1, 2, 3, 4}
	for l, r := 0, len(xs)-1; l < r; l, r = l+1, r-1 {
		xs[l], xs[r] = xs[r], xs[l]
	}
	fmt.Println(xs)

	// An index that makes a call is read in its place.
	idx := func() int { return 1 }
	arr[idx()], m = g(), 0
	fmt.Println(arr, m, k)
}

type Node struct {
	val        int
	prev, next *Node
}

type T struct{ x int }

type E struct {
	*T
	x int
}

var p = &T{1}
var pp = &p

func reach() {
	// A target reached through another target of the statement is taken
	// before any is assigned.
	a := &Node{val: 1}
	q := &Node{val: 2}
	seven := func() int { return 7 }
	a.next = &Node{val: 3}
	old := a.next
	a.next, a.next.val = q, seven()
	fmt.Println(a.next.val, old.val, q.val)

	xs := [][]int{{1, 2}, {3, 4}}
	ys := []int{9, 9}
	first := xs[0]
	xs[0], xs[0][1] = ys, seven()
	fmt.Println(xs, ys, first)

	t2 := &T{42}
	e := E{&T{1}, 0}
	two := func() int { return 2 }
	e.T, e.x = t2, two()
	fmt.Println(e.T.x, e.x)

	b := &T{5}
	p, (*pp).x = b, two()
	fmt.Println(p.x, b.x)

	// Without calls, the interpreter's order is Go's already.
	n1 := &Node{val: 1}
	n3 := &Node{val: 3}
	n1.next, n3.prev = n3, n1
	n2 := &Node{val: 2}
	n2.prev, n2.next = n1, n1.next
	n1.next, n1.next.prev = n2, n2
	fmt.Println(n3.prev.val, n2.prev.val)
}

func init() { defer reach() }
