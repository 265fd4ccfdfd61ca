// divergo run refuses: 63:14: comparing interface values while Point{…} keeps the Point in an interface without the interpreter's wrapper
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func mayFail(fail bool) error {
	if fail {
		return &MyErr{42}
	}
	return nil
}

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Point struct{ X, Y int }

func (p *Point) String() string {
	if p == nil {
		return "nil point"
	}
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var me *MyErr
	fmt.Println(errors.As(mayFail(true), &me), me.Code)
	c := Counter{}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(getExpr(c))
	defer fmt.Println("defer saw", c.Get())
	defer func() { fmt.Println("closure saw", c.Get()) }()
	c.Inc()
	var np *Point
	fmt.Println(np, np.String())
	fmt.Printf("%v %s %+v\n", np, np, &Point{1, 2})
	m := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(m[Point{1, 2}], m)
	ak := map[[2]int]int{{1, 1}: 5}
	ak[[2]int{1, 1}]++
	fmt.Println(ak)
	ik := map[any]int{1: 1, "1": 2, 1.0: 3}
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0])
	var x, y any = Point{1, 2}, Point{1, 2}
	fmt.Println(x == y, x != Point{2, 1})
	i := 0
	s := []int{10, 20, 30}
	i, s[i] = 1, 99
	fmt.Println(i, s)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	n := -1
	fmt.Println(uint8(n), uint32(n), uint(n)>>60)
	if v, err := fmt.Sscanf("12 ab", "%d %s", new(int), new(string)); err == nil {
		fmt.Println("scanned", v)
	}
	str := "héllo"
	fmt.Println(str[1], str[1:2] == "\xc3", len(str))
	total := 0
	for _, ch := range "12345" {
		total += int(ch - '0')
	}
	fmt.Println(total)
}
