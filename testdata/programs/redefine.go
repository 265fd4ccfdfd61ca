package main

// A define that redeclares a name assigns the existing variable: a closure
// that captured it sees the new value (the interpreter made a new variable
// when the define had several values).

import (
	"errors"
	"fmt"
	"strconv"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func parse(s string) (int, error) { return strconv.Atoi(s) }

func one() int { return 9 }

func pair() (int, string) { return 4, "four" }

func steps() (err error) {
	defer func() {
		if err != nil {
			fmt.Println("deferred sees:", err)
		}
	}()
	a, err := parse("12")
	report := func() { fmt.Println("report sees:", err) }
	b, err := parse("x3")
	report()
	c, err := parse("7")
	report()
	fmt.Println(a, b, c)
	_, err = parse("bad")
	return err
}

func main() {
	x := 1
	f := func() int { return x }
	x, y := 2, 3
	fmt.Println(f(), y)
	x, y2 := one(), 4
	fmt.Println(f(), y2)
	x, y3 := pair()
	fmt.Println(f(), y3)
	x, y4 := x+1, x // y4 reads the old x
	fmt.Println(f(), y4)
	px := &x
	x, y5 := 100,
		5
	fmt.Println(*px, y5)

	var e error
	fe := func() error { return e }
	e, n := errors.New("boom"), 1
	fmt.Println(fe(), n)

	r := 1.5
	fr := func() float64 { return r }
	r, k := 2, 3 // the constant converts to float64
	fmt.Println(fr(), k)

	t := Temp(20)
	ft := func() Temp { return t }
	m := map[string]Temp{"hot": 30}
	t, ok := m["hot"]
	fmt.Println(ft(), ok)
	t, _, z := 25, 0, "z"
	fmt.Println(ft(), z)

	if err := steps(); err != nil {
		fmt.Println("steps:", err)
	}

	for i := 0; i < 2; i++ {
		v := i
		g := func() int { return v }
		v, w := v*10, i
		fmt.Println(g(), w)
	}
	switch s := "a"; s {
	case "a":
		q := 1
		h := func() int { return q }
		q, u := 5, 6
		fmt.Println(h(), u)
	}
	func() {
		c := "in"
		h := func() string { return c }
		c, d := "literal", 1
		fmt.Println(h(), d)
	}()
}
