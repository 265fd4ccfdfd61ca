// A type defined from another package's type with methods has none of
// them in Go: type Dur time.Duration prints 5, not 5ns (the interpreter
// gave Dur Duration's String). Its own methods, conversions both ways and
// constants work as before.
package main

import (
	"fmt"
	"net/http"
	"sort"
	"time"
)

type Dur time.Duration

type Month time.Month

func (m Month) String() string { return fmt.Sprintf("month #%d", int(m)) }

type Ints sort.IntSlice

type Head http.Header

const Tick Dur = 250

func main() {
	var d Dur = 5
	fmt.Println(d, Dur(7), time.Duration(d), Tick)
	fmt.Printf("%v %d %s\n", d, d, time.Duration(Tick))
	fmt.Println(Dur(time.Second) / Tick)
	fmt.Println(Month(time.March), time.Month(Month(4)))
	xs := Ints{3, 1, 2}
	sort.Sort(sort.IntSlice(xs))
	fmt.Println(xs, len(xs))
	h := Head{"A": {"1"}}
	fmt.Println(h, http.Header(h).Get("A"))
}
