// Well-known Go surprises that tutorials warn about: an embedded type's
// String promoted to the outer struct (fmt prints only it), range over an
// array ranging a copy, appending to a slice while ranging it, a deferred
// method's receiver evaluated at defer time, NaN keys in a map, negative
// zero, copy between overlapping slices, and assignment order with
// indexes.
package main

import (
	"fmt"
	"math"
)

type Name struct{ First, Last string }

func (n Name) String() string { return n.First + " " + n.Last }

type Employee struct {
	Name
	Salary int
}

type Counter struct{ n int }

func (c Counter) Report() { fmt.Println("counter was", c.n) }

func main() {
	e := Employee{Name{"Ada", "Lovelace"}, 100}
	fmt.Println(e)
	fmt.Printf("%v|%s|%d\n", e, e, e.Salary)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("ranged copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("ranged slice:", v)
		}
	}
	s := []int{1, 2}
	for _, v := range s {
		s = append(s, v*10)
	}
	fmt.Println(s)

	c := Counter{1}
	defer c.Report()
	c.n = 2

	m := map[float64]int{}
	m[math.NaN()] = 1
	m[math.NaN()] = 2
	fmt.Println(len(m), m[math.NaN()])

	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, negz == 0)
	fmt.Printf("%v %.1f\n", -0.0, negz)

	buf := []int{1, 2, 3, 4, 5}
	copy(buf[1:], buf)
	fmt.Println(buf)
	t := []int{1, 2, 3}
	t = append(t[:1], t...)
	fmt.Println(t)

	i := 0
	a := []int{10, 20, 30}
	i, a[i] = 1, 99
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	var err error
	if true {
		v, err := 5, fmt.Errorf("inner")
		_, _ = v, err
	}
	fmt.Println(err == nil)
}
