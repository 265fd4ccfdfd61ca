package main

import "fmt"

type Vec [3]float64

func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func main() {
	a := [3]int{1, 2, 3}
	p := &a
	for i := range p {
		_ = i
	}
	fmt.Println(p[0], len(p))
	for i, x := range p {
		fmt.Print(i, x, " ")
	}
	fmt.Println()
	v := Vec{1, 2, 3}
	v.Scale(2)
	fmt.Println(v)
}
