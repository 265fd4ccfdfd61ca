package main

// %d of an S in an any: Go prints %!d(main.S=x), naming the type; the
// interpreter printed %!d(string=x).

import "fmt"

type S string

func (s S) String() string { return "S!" + string(s) }

func main() {
	var a any = S("x")
	fmt.Printf("%v %d\n", a, a)
}
