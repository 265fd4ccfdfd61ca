// %d of a slice, map or struct holding values of a type with String:
// fmt calls no String for a verb that prints values ([1 2]).
package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

func main() {
	fmt.Printf("%d\n", []Color{1, 2})
	fmt.Printf("%d\n", map[Color]int{1: 2})
	fmt.Printf("%d\n", struct{ C Color }{1})
}
