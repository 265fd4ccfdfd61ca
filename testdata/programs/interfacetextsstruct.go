// fmt and log of a struct (nested, behind a pointer, in a slice or an
// array) or a map keyed by a program type, holding values of an interface
// the program declares, print the values and call their String and Error
// methods (the interpreter printed its wrappers: {0xc… {…}}).
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type C struct{ R float64 }

func (c C) Area() float64  { return 3 * c.R * c.R }
func (c C) String() string { return fmt.Sprintf("circle(%g)", c.R) }

type P struct{ N int }

func (p *P) Area() float64  { return float64(p.N) }
func (p *P) String() string { return fmt.Sprint("p", p.N) }

type Bad struct{}

func (Bad) Area() float64  { return 0 }
func (Bad) Error() string  { return "bad shape" }
func (Bad) String() string { return "not this" }

type Boom struct{ x int }

func (Boom) Area() float64  { return 0 }
func (Boom) String() string { panic("boom") }

type Inner struct {
	S  Shape
	Ss [2]Shape
}

type Outer struct {
	Title string
	In    Inner
	Ptr   *Inner
	hid   Shape
	M     map[string]Shape
	Any   any
}

type Embeds struct {
	Shape
	N int
}

type Key struct{ A, B int }

func main() {
	in := Inner{C{1}, [2]Shape{Sq{2}, nil}}
	o := Outer{"t", in, &in, C{3}, map[string]Shape{"z": &P{4}, "a": Bad{}}, 7}
	fmt.Println(o.Title, o.In, o.M)
	fmt.Printf("%v\n", in)
	fmt.Printf("%+v\n", in)
	fmt.Println(&in)
	var np *Inner
	fmt.Println(np)
	fmt.Printf("%s|%q|%x\n", in, in, in)
	fmt.Printf("%12v|%-8v|\n", in, in)
	s := fmt.Sprint(in, in)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln(Embeds{C{2}, 3}))
	fmt.Println(Embeds{nil, 1})
	var nilp *P
	fmt.Println(Inner{nilp, [2]Shape{Boom{}, &P{1}}})
	byKey := map[Key]Shape{{2, 1}: Sq{1}, {1, 2}: C{2}, {1, 1}: nil}
	fmt.Println(byKey)
	fmt.Printf("%v %d\n", byKey, len(byKey))
	nested := map[string][]Shape{"x": {C{1}, Sq{1}}}
	fmt.Println(nested)
	arr := [2]Inner{in, {}}
	fmt.Println(arr)
	fmt.Println([]*Inner{})
	fmt.Fprintln(os.Stdout, in)
	fmt.Println(errors.New("e"), in)
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println(in)
	log.Printf("%v", in)
	type local struct{ S Shape }
	fmt.Println(Outer{}.In)
}
