// fmt's %#v of the program's types: Go writes their names (main.Record,
// []main.Inner) and fields as written; the interpreter wrote its own
// structure (struct { Xid uint16; … }), and divergo run refused it.
package main

import (
	"fmt"
	"math"
	"time"
)

type Celsius float64
type ID uint16

type Inner struct {
	Name string
	tags []string
}

type Base struct{ Level int }

type Record struct {
	Base
	ID      ID
	Temp    Celsius
	In      Inner
	Ptr     *Inner
	Raw     []byte
	Grid    [2][2]int
	Scores  map[string]float64
	ByID    map[ID]Inner
	Keys    map[Base]bool
	Wait    time.Duration
	At      time.Time
	ok      bool
	z       complex128
	Nothing []int
	NilMap  map[string]int
	F       func()
	Ch      chan int
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	r := Record{
		Base:   Base{3},
		ID:     42,
		Temp:   21.5,
		In:     Inner{"a\"b", []string{"x", "y"}},
		Raw:    []byte{1, 255},
		Grid:   [2][2]int{{1, 2}, {3, 4}},
		Scores: map[string]float64{"b": 2.5, "a": math.NaN(), "c": math.Inf(1)},
		ByID:   map[ID]Inner{7: {"s", nil}, 2: {"t", []string{}}},
		Keys:   map[Base]bool{{2}: true, {1}: false},
		Wait:   1500 * time.Millisecond,
		At:     time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC),
		ok:     true,
		z:      complex(1, -2),
	}
	fmt.Printf("%#v\n", r)
	fmt.Printf("%#v|%#v|%#v\n", r.In, &r.In, []Inner{{"q", nil}})
	fmt.Printf("%#v %#v %#v\n", Celsius(-0.5), ID(9), []Celsius{1, 2.5})
	fmt.Printf("%#v\n", Pair[string, int]{"k", 1})
	fmt.Printf("%#v\n", map[string][]Base{"x": {{1}}, "a": nil})
	var np *Inner
	fmt.Printf("%#v %#v\n", np, [3]Base{})
}
