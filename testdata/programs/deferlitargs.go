package main

import "fmt"

// A deferred function literal's arguments are evaluated at the defer, as
// Go does (divergo run read them when the call ran).

type S struct{ a int }

func f() (r int) {
	defer func(m int) { r = m * 10 }(r)
	r = 5
	return r
}

func main() {
	n := 1
	defer func(m int) { fmt.Println("m", m) }(n)
	s := S{1}
	defer func(v S) { fmt.Println("s", v) }(s)
	s.a = 5
	n = 2
	fmt.Println(f())
	for i := 0; i < 2; i++ {
		x := i * 3
		defer func(y int) { fmt.Println("y", y) }(x)
	}
}
