// len and cap of a pointer to an array are constants, even for a nil
// pointer (the interpreter dereferenced it and panicked).
package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p), cap(p))
	q := &[5]string{"a"}
	for i := range len(q) {
		fmt.Print(i, q[i], ";")
	}
	fmt.Println()
}
