package main

import (
	"fmt"
	"sort"
	"strings"
)

type Greeter struct {
	Greeting string
}

func (g Greeter) Greet(name string) string { return g.Greeting + ", " + name }
func (g *Greeter) Set(s string)            { g.Greeting = s }

type Op func(float64, float64) float64

type Calc struct {
	ops map[string]Op
	log []string
}

func (c *Calc) Register(name string, op Op) { c.ops[name] = op }
func (c *Calc) Do(name string, a, b float64) (float64, error) {
	op, ok := c.ops[name]
	if !ok {
		return 0, fmt.Errorf("unknown op %q", name)
	}
	r := op(a, b)
	c.log = append(c.log, fmt.Sprintf("%g %s %g = %g", a, name, b, r))
	return r, nil
}

type Handler interface{ Handle(string) string }
type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

func main() {
	g := Greeter{"Hello"}
	greet := g.Greet
	set := g.Set
	set("Hi")
	fmt.Println(greet("Ann"), g.Greet("Bob"))
	fs := []func(string) string{strings.ToUpper, g.Greet, strings.TrimSpace}
	for _, f := range fs {
		fmt.Printf("%q ", f(" x "))
	}
	fmt.Println()
	c := &Calc{ops: map[string]Op{}}
	c.Register("+", func(a, b float64) float64 { return a + b })
	c.Register("max", func(a, b float64) float64 {
		if a > b {
			return a
		}
		return b
	})
	do := c.Do
	for _, op := range []string{"+", "max", "pow"} {
		r, err := do(op, 2, 3.5)
		fmt.Println(r, err)
	}
	fmt.Println(strings.Join(c.log, "; "))
	names := make([]string, 0, len(c.ops))
	for k := range c.ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
	var h Handler = HandlerFunc(strings.ToLower)
	fmt.Println(h.Handle("LOUD"))
	hm := h.Handle
	fmt.Println(hm("MiXeD"))
	greeters := []Greeter{{"Yo"}, {"Hey"}}
	var calls []func(string) string
	for _, gr := range greeters {
		calls = append(calls, gr.Greet)
	}
	greeters[0].Greeting = "changed"
	for _, f := range calls {
		fmt.Print(f("z"), "; ")
	}
	fmt.Println()
	setters := []func(string){}
	for i := range greeters {
		setters = append(setters, greeters[i].Set)
	}
	setters[1]("Howdy")
	fmt.Println(greeters)
	fmt.Printf("%T\n", greet)
}
