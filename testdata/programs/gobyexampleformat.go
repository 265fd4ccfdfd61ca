// Go by Example's string formatting of a struct: %v, %+v, %#v and %T.
package main

import "fmt"

type point struct {
	x, y int
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("pointer: %p\n", &p != nil)
	fmt.Printf("%#v %#v %#v\n", []point{{1, 2}}, &p, map[string]point{"a": {3, 4}})
}
