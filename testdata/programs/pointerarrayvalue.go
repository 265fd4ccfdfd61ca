// A range with a value variable over a pointer to an array (the
// interpreter failed: "index out of range [-1]"); each element is read
// through the pointer when its iteration starts.
package main

import "fmt"

type Vec [3]float64

func (v *Vec) Scale(k float64) {
	for i, x := range v {
		v[i] = x * k
	}
}

func main() {
	arr := [3]int{1, 2, 3}
	pa := &arr
	for i, v := range pa {
		pa[i] = v + 1
	}
	fmt.Println(arr)
	var fs []func() int
	for _, v := range pa {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	v := &Vec{1, 2, 3}
	v.Scale(2)
	fmt.Println(*v)
	sum := 0
	for i, x := range pa {
		if i == 0 {
			pa[2] = 100
		}
		sum += x
	}
	fmt.Println(sum)
}
