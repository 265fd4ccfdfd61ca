// An assignment to one element, field or pointed-to variable reads its
// target's operands after the calls on its right, as Go's compiler does:
// the interpreter read them before (xs[i] = f() where f changes i stored
// at the old i), and checked an index before the call ran.
package main

import "fmt"

type S struct{ v int }

func next() int { fmt.Println("next runs"); return 7 }

func main() {
	k := 1
	m := map[int]int{}
	m[k] = func() int { k = 2; return 5 }()
	xs := []int{0, 0, 0}
	i := 0
	xs[i] = func() int { i = 2; return 9 }()
	xs[i] += func() int { i = 1; return 3 }()
	ys := xs
	ys[1] = func() int { ys = []int{7, 7}; return 4 }()
	fmt.Println(m, xs, ys)
	s, t := S{}, S{}
	p := &s
	p.v = func() int { p = &t; return 4 }()
	q := &xs[0]
	*q = func() int { q = &xs[1]; return 11 }()
	fmt.Println(s, t, xs)
	defer func() { fmt.Println("recovered:", recover()) }()
	j := 5
	xs[j] = next()
}
