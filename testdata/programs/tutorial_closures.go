// Closures and function types: a named func type with a method, middleware
// wrapping functions, a memoizing closure over a map, generators, deferred
// closures seeing later values, and methods as function values.
package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Handler func(string) string

func logged(name string, h Handler, log *[]string) Handler {
	return func(s string) string {
		*log = append(*log, name+"("+s+")")
		return h(s)
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

func (g *Greeter) Set(s string) { g.greeting = s }

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"].Apply(3, 4), ops["mul"](3, 4))

	var log []string
	h := logged("upper", strings.ToUpper, &log)
	inner := h
	h = logged("trim", Handler(func(s string) string { return strings.TrimSpace(inner(s)) }), &log)
	fmt.Printf("%q %v\n", h("  hi "), log)

	square, calls := memo(func(n int) int { return n * n })
	fmt.Println(square(4), square(4), square(5), *calls)

	gen := func(start, step int) func() int {
		cur := start - step
		return func() int {
			cur += step
			return cur
		}
	}
	evens := gen(0, 2)
	fmt.Println(evens(), evens(), evens())

	x := 1
	defer func() { fmt.Println("deferred sees x =", x) }()
	x = 99

	g := Greeter{"Hello"}
	greet := g.Greet
	set := g.Set
	set("Hi")
	fmt.Println(greet("Ann"), g.Greet("Ann"))
	byType := Greeter.Greet
	fmt.Println(byType(Greeter{"Yo"}, "Bo"))
	ptrMethod := (*Greeter).Set
	ptrMethod(&g, "Hey")
	fmt.Println(g.greeting)

	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(n int) int { return n + i }
	}
	fmt.Println(adders[0](10), adders[2](10))
}
