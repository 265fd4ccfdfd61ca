// Several values assigned at once, appends among them: each target gets
// its own value (the interpreter gave each the last append's).
package main

import "fmt"

var pa, pb []int

type S struct{ X, Y []string }

func main() {
	var a, b []int
	a, b = append(a, 1), append(b, 2)
	fmt.Println(a, b)
	var c, d []int
	c, d = []int{7}, append(d, 8)
	fmt.Println(c, d)
	q := []string{"a", "b"}
	var head string
	head, q = q[0], append(q[1:], "c")
	fmt.Println(head, q)
	pa, pb = append(pa, 1), append(pb, 2)
	fmt.Println(pa, pb)
	m := map[string][]int{}
	m["a"], m["b"] = append(m["a"], 1), append(m["b"], 2)
	fmt.Println(m["a"], m["b"])
	var s S
	s.X, s.Y = append(s.X, "x"), append(s.Y, "y")
	fmt.Println(s)
	k, y := 0, []int{}
	k, y = 5, append(y, 1)
	fmt.Println(k, y)
}
