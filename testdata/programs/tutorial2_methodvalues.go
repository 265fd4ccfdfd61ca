// Method values and method expressions: c.Inc bound to a pointer receiver
// keeps updating the same counter, T.Method and (*T).Method as plain
// functions taking the receiver first, function types with methods, and a
// map of named operations of a func type.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Op func(a, b int) int

func (f Op) Apply(xs []int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = f(acc, x)
	}
	return acc
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func main() {
	c := &Counter{name: "clicks"}
	inc := c.Inc
	for range 3 {
		inc()
	}
	fmt.Println(c)

	v := Counter{name: "copy"}
	str := v.String
	v.n = 42
	fmt.Println(str(), v.String())

	incExpr := (*Counter).Inc
	incExpr(c)
	strExpr := Counter.String
	fmt.Println(strExpr(*c))

	ops := map[string]Op{
		"sum":  func(a, b int) int { return a + b },
		"prod": func(a, b int) int { return a * b },
		"max":  func(a, b int) int { return max(a, b) },
	}
	xs := []int{3, 1, 4, 1, 5}
	names := []string{"sum", "prod", "max"}
	for _, n := range names {
		fmt.Println(n, ops[n].Apply(xs))
	}

	temps := []Celsius{-40, 0, 37, 100}
	conv := Celsius.Fahrenheit
	for _, t := range temps {
		fmt.Print(conv(t), " ")
	}
	fmt.Println()

	upper := strings.ToUpper
	fns := []func(string) string{upper, strings.TrimSpace, strings.Title}
	s := "  hello world  "
	for _, f := range fns {
		s = f(s)
	}
	fmt.Printf("%q\n", s)

	counters := []*Counter{{name: "a"}, {name: "b"}}
	var incs []func()
	for _, k := range counters {
		incs = append(incs, k.Inc)
	}
	incs[0]()
	incs[1]()
	incs[1]()
	fmt.Println(counters[0], counters[1])
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 3 }))
}
