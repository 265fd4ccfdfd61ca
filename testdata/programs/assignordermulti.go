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

	// A failing element is checked once the targets before it are set.
	defer func() { fmt.Println("recovered:", recover(), j) }()
	j = 0
	j, arr[5] = 1, 2
}
