package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for i := len(ms) - 1; i >= 0; i-- {
			s = ms[i](s)
		}
		return s
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	lenThenDouble := compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("hello"))
	up := Middleware(strings.ToUpper)
	ex := func(s string) string { return s + "!" }
	tr := Middleware(strings.TrimSpace)
	fmt.Printf("%q\n", chain(up, ex, tr)("  hi  "))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 10
	add := func(d int) { x += d }
	add(5)
	add(-2)
	fmt.Println(x)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 22}}
	by := func(less func(a, b int) bool) {
		sort.SliceStable(people, func(i, j int) bool { return less(i, j) })
	}
	by(func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	defer func(v int) { fmt.Println("deferred saw", v, "x now", x) }(x)
	x = 99
	func() {
		x := "shadow"
		fmt.Println(x)
	}()
}
