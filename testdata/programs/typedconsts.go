// A constant of a declared type whose value is computed (Low Priority =
// iota + 1, and High repeating it): the interpreter kept an untyped value
// of its own, High == 2 was false and a map indexed by it panicked. Each
// is declared with its type and the value the checker computed.
package main

import "fmt"

type Priority int

const (
	Low Priority = iota + 1
	High
)

type Op int

const (
	Add Op = iota * 2
	Sub
)

const Name string = "a" + "b"

type Label string

const L Label = "x" + "y"

func main() {
	p := High
	fmt.Println(High == 2, p == High, Low == Low, Low < High, High)
	m := map[Op]string{Add: "add", Sub: "sub"}
	fmt.Println(m[Sub], Sub == 2, L == "xy", Name == "ab")
}
