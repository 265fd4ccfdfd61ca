// len and cap of a pointer to an array, or of an array reached through a
// nil pointer, are the constants Go's checker makes them (the interpreter
// dereferenced the pointer and panicked).
package main

import "fmt"

type S struct{ arr [4]int }

func main() {
	var p *[3]int
	var s *S
	var a [7]int
	fmt.Println(len(p), cap(p), len(*p), len(s.arr), cap(s.arr), len(a))
	q := &[5]string{"a"}
	for i := range len(q) {
		fmt.Print(i, q[i], ";")
	}
	fmt.Println()
}
