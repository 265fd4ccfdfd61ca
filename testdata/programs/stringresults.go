package main

// Results of the program's own functions (generic ones, slices.Max, the
// builtin max) given straight to fmt print through their String method.

import (
	"fmt"
	"slices"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type P struct{ X int }

func (p *P) String() string { return fmt.Sprintf("(%d)", p.X) }

func warmest(ts []Celsius) Celsius { return ts[0] }
func mk() *P                       { return &P{3} }
func Id[T any](x T) T              { return x }

func main() {
	ts := []Celsius{30, 12}
	fmt.Println(warmest(ts), slices.Max(ts), Id(ts[1]), mk(), max(ts[0], ts[1]))
	fmt.Printf("%v %s\n", warmest(ts), slices.Min(ts))
	s := fmt.Sprint(warmest(ts))
	fmt.Println(s)
}
