package main

import (
	"fmt"
	"sort"
)

type Shape interface{ Area() float64 }
type C int

func (c C) Area() float64 { return float64(c) }

type Names []string

func (n Names) Area() float64 { return float64(len(n)) }

type Temp float64

func (t Temp) Area() float64 { return float64(t) * 2 }

func mk(i int) C { return C(i) }

func pick(i int) Shape {
	c := C(i)
	defer func() { c = 100 }()
	return c
}

func total(ss ...Shape) (t float64) {
	for _, s := range ss {
		t += s.Area()
	}
	return
}

func one(s Shape) float64 { return s.Area() }

type Box struct{ s Shape }

func main() {
	var shapes []Shape
	m := map[int]Shape{}
	var boxes []Box
	ch := make(chan Shape, 10)
	var ones []float64
	for i := 1; i <= 3; i++ {
		c := C(i)
		shapes = append(shapes, c, mk(i*10))
		m[i] = Temp(i)
		boxes = append(boxes, Box{c})
		ch <- c
		ones = append(ones, one(c))
		c++
	}
	close(ch)
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(m[k].Area(), " ")
	}
	for _, b := range boxes {
		fmt.Print(b.s.Area(), " ")
	}
	for s := range ch {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println(ones)
	fmt.Println(pick(4).Area(), total(C(1), Temp(2), Names{"a", "b"}))
	var ns Names
	var list []Shape
	for _, w := range []string{"x", "y", "z"} {
		ns = append(ns, w)
		list = append(list, ns)
	}
	for _, s := range list {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	x := C(5)
	if s := Shape(x); s.Area() > 1 {
		x = 1
		fmt.Println("if", s.Area())
	}
	var y Temp = 3
	switch s := Shape(y); {
	case s.Area() > 0:
		y = 0
		fmt.Println("switch", s.Area())
	}
}
