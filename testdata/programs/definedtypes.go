// A type defined from another type of the program that has methods (type
// Q P) has its fields and none of its methods: the interpreter gave Q P's
// String too (fmt printed a Q as P!2). The definition names P's underlying
// type instead.
package main

import "fmt"

type P struct{ N int }

func (p P) String() string { return fmt.Sprint("P!", p.N) }

type Q P

type Temp float64

func (t Temp) String() string { return "temp" }

type C Temp

func main() {
	fmt.Println(P{1}, Q{2}, C(3))
	var s fmt.Stringer = P{4}
	ok := false
	fmt.Println(s, ok)
	fmt.Printf("%v %s\n", Q{6}, []Q{{7}})
}
