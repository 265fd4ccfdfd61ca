// A []any holding a value with a String method spread into fmt.Printf with
// more arguments than verbs: Go names the extra arguments' types, which
// the interpreter cannot; the program stops there, naming the construct.
package main

import "fmt"

type Dist struct{ Name string }

func (d Dist) String() string { return "dist " + d.Name }

func main() {
	rows := []any{Dist{"p"}, 2}
	fmt.Printf("%v\n", rows[:1]...)
	fmt.Printf("%v\n", rows...)
}
