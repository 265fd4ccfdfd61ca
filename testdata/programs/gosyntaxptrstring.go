// %#v and %T of a value whose String has a pointer receiver: no method is
// called, and the type is named (divergo run failed to compile its own
// lowering: "not enough arguments in call to __gorunrt.GoSyntax").
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) String() string { return "P" }

func main() {
	p := Point{1, 2}
	fmt.Printf("%#v %T %v %+v %s\n", p, p, p, p, &p)
	fmt.Printf("%#v\n", []Point{p})
}
