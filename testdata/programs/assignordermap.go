// Assignments to several targets with a map element, an element of a
// pointer to an array, or an element whose index is out of range: Go's
// compiler makes the calls first, then reads the targets' maps, keys,
// indexes and pointers, then assigns left to right, checking each
// element's index as it assigns it.
package main

import "fmt"

var k = "a"
var m = map[string]int{}

func f() int { k = "b"; return 7 }

func g() int {
	m = map[string]int{"z": 1}
	return 9
}

func two() (int, int) { k = "c"; return 3, 4 }

type P struct{ v int }

func late() {
	var j int
	xs := []int{1, 2}
	defer func() { fmt.Println("recovered:", recover(), "j:", j, xs) }()
	j, xs[5] = 1, 2
}

func lateInLoop() {
	total := 0
	out := []int{0, 0}
	defer func() { fmt.Println("recovered:", recover(), "total:", total, out) }()
	for i := 0; i < 4; i++ {
		total, out[i] = total+10, i
	}
}

func lateMap() {
	var j int
	var nilMap map[string]int
	defer func() { fmt.Println("recovered:", recover(), "j:", j) }()
	j, nilMap["x"] = 1, f()
}

func main() {
	var x int
	m[k], x = 1, f() // the key read after f
	fmt.Println(m, x, k)
	old := m
	m[k], x = g(), 2 // the map read after g
	fmt.Println(m, old, x)
	m[k], x = two() // one call's results
	fmt.Println(m, x, k)

	arr := [3]int{}
	pa := &arr
	i := 0
	h := func() int { i = 2; return 5 }
	pa[i], x = h(), 3 // the index read after h
	fmt.Println(arr, x, i)

	xs := []int{0, 0, 0}
	m[k], xs[i] = two() // a map element and a slice's element
	fmt.Println(m, xs)
	for j := 0; j < 3; j++ {
		m[k], xs[j] = j, j*10
		m[k], xs[j] = two()
	}
	fmt.Println(m, xs)
	p := &P{}
	m["p"], p.v = two()
	q := p
	m["q"], (*q).v = 8, 9
	fmt.Println(m["p"], m["q"], *p)
	a := [2]int{}
	m["r"], a[1] = two()
	fmt.Println(m["r"], a)

	late()
	lateInLoop()
	lateMap()
	swap := []int{1, 2, 3}
	swap[0], swap[2] = swap[2], swap[0]
	fmt.Println(swap)
}
