// A failed assertion to a concrete type panics with Go's message, naming
// the program's types: "interface conversion: main.Shape is main.Square,
// not main.Circle". The interpreter named them by their structure and
// every interface interface {} ("interface {} is struct { S float64 },
// not struct { R float64 }").
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }
type Grid [2][2]int

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (s Square) Area() float64 { return s.S * s.S }
func (g *Grid) Area() float64  { return 4 }

type Timeout struct{ After int }

func (t Timeout) Error() string { return "timeout" }

func try(f func()) {
	defer func() {
		e, isErr := recover().(error)
		fmt.Println("recovered:", e.Error(), isErr)
	}()
	f()
}

func main() {
	var sh Shape = Square{2}
	try(func() { fmt.Println(sh.(Circle)) })
	try(func() { var none Shape; fmt.Println(none.(Circle)) })
	try(func() { var g Shape = &Grid{}; fmt.Println(g.(Square)) })
	var a any = Square{1}
	try(func() { fmt.Println(a.(Circle)) })
	var n any = 3.5
	try(func() { fmt.Println(n.(int)) })
	try(func() { fmt.Println(n.(Circle)) })
	var err error = errors.New("plain")
	try(func() { fmt.Println(err.(Timeout)) })
	err = Timeout{2}
	fmt.Println(err.(Timeout).After, sh.(Square).S)
	fmt.Println(a.(Circle))
}
