// %T of values of type any holding the program's types (a struct, a pointer
// to one, a named int, nil and plain values), with widths: a type switch
// names them as Go does (the interpreter named their structure, and it
// was refused).
package main

import "fmt"

type Vertex struct{ X, Y int }

type Code int

type Named string

func (n Named) Hello() string { return "hi " + string(n) }

func describe(i any) {
	fmt.Printf("(%v, %T) [%10T] [%-12T]|\n", i, i, i, i)
}

func main() {
	var xs = []any{Vertex{1, 2}, &Vertex{3, 4}, Code(7), nil, 2.5, "s", []int{1}, map[string]bool{}}
	for _, x := range xs {
		describe(x)
	}
	var v *Vertex
	describe(v)
}
