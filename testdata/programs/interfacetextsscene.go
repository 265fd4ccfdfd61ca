// fmt of a struct holding values of an interface the program declares
// (directly, in a slice, in a map keyed by a struct, in a type that holds
// itself) prints the values and calls their String methods, with %v and
// %+v; the interpreter printed its wrappers ({0xc… {…}}).
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type C struct{ R float64 }

func (c C) Area() float64  { return 3 * c.R * c.R }
func (c C) String() string { return "circle" }

type Scene struct {
	Name string
	Main Shape
	All  []Shape
}

type Group struct {
	Name  string
	Items []Shape
}

func (g Group) Area() float64 { return 0 }

type Node struct {
	Name string
	S    Shape
	Kids []Node
	Next *Node
}

func main() {
	sc := Scene{"s", Sq{2}, []Shape{Sq{1}, C{1}}}
	fmt.Println(sc)
	fmt.Printf("%v %+v\n", sc, sc)
	fmt.Printf("%v %+v\n", &sc, []Scene{sc})
	m := map[Sq]Shape{{1}: C{2}, {0}: Sq{3}}
	fmt.Println(m)

	n := Node{"root", C{1}, []Node{{"a", nil, nil, nil}, {"b", Sq{3}, []Node{{"c", Group{"g", []Shape{C{2}, Group{"h", nil}}}, nil, nil}}, nil}}, nil}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	var s Shape = Group{"top", []Shape{C{1}, Sq{1}}}
	fmt.Println(s)
	var gp Shape = &Group{"ptr", []Shape{C{1}}}
	fmt.Println(gp)
	err := fmt.Errorf("scene %v: %w", sc, fmt.Errorf("inner %v", s))
	fmt.Println(err)
}
