package main

import "fmt"

// Assignments of several values at once, as Go runs them: values from calls
// beside constants, a map element among the targets (from a call of several
// results, a comma-ok form or a parallel assignment), in loops whose
// closures capture the variables.

type celsius float64

func one() int { return 1 }

func two() (int, int) { return 5, 6 }

func lookup(k string) (float64, bool) { return float64(len(k)), k != "" }

func main() {
	a, b := 0, 0
	a, b = one(), 4
	fmt.Println(a, b)
	c, d := "", 5
	c, d = fmt.Sprint(7), 70
	fmt.Println(c, d)

	m := map[string]int{"x": 1}
	var x int
	m["x"], x = two()
	fmt.Println(m, x)
	x, m["y"] = two()
	fmt.Println(m, x)
	k := "z"
	m[k], x = one(), 8
	fmt.Println(m, x)

	n := map[string]int{"q": 9}
	var ok bool
	m["q"], ok = n["q"]
	fmt.Println(m["q"], ok)
	var v any = 2.5
	f := map[celsius]float64{}
	f[1], ok = v.(float64)
	fmt.Println(f, ok)
	f[2], ok = lookup("abc")
	fmt.Println(f, ok)

	var fs []func()
	for i := 0; i < 3; i++ {
		p, q := "", 0
		p, q = fmt.Sprint(i), i*10
		fs = append(fs, func() { fmt.Println(p, q) })
	}
	for _, g := range fs {
		g()
	}
}
