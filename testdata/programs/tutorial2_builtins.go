// Go 1.21-1.22 built-ins: range over an int, min and max over several
// operands of ints, floats (with NaN) and strings, clear on a map and on a
// slice, and range over a function-free integer constant of a named type.
package main

import (
	"fmt"
	"math"
)

type Level int

const Levels Level = 4

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for l := range Levels {
		fmt.Print(l, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println("ran", n, "times")
	var zero int
	for range zero {
		fmt.Println("never")
	}

	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"), min("b", "a"))
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), -5), min(-0.0, 0.0))
	const c = max(1, 2.5, 'a')
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	clear(m)
	fmt.Println(len(m), m)
	m["d"] = 4
	fmt.Println(m)

	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	fmt.Println(s, len(t), cap(t))
	fs := []float64{1.5, 2.5}
	clear(fs)
	fmt.Println(fs)
	ps := []*int{&n, &n}
	clear(ps)
	fmt.Println(ps[0] == nil, len(ps))
}
