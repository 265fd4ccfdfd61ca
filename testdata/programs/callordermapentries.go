// gc stores a map literal's entries one by one (an entry's calls after the
// earlier entries' reads), and orders a package-level initializer's calls
// before its other operands: map[1:1 2:2] and 1002; the interpreter made
// every call of the literal first (map[1:10 2:2]) and read x first (102).
package main

import "fmt"

var x = 1

func g() int { x = 10; return 2 }

var early = x*100 + g()

func main() {
	x = 1
	fmt.Println(map[int]int{1: x, 2: g()})
	x = 1
	m := map[string]int{"a": x, "b": g(), "c": x}
	fmt.Println(m)
	fmt.Println(early)
}
