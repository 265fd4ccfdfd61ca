// An index out of range is read after the calls of its statement, as Go's
// compiler orders them: f prints and makes the index valid before a[i] is
// read (the interpreter panicked first).
package main

import "fmt"

var i = 5

func f() int {
	fmt.Println("f runs")
	i = 0
	return 2
}

func g() int {
	fmt.Println("g runs")
	return 3
}

func main() {
	a := []int{1}
	fmt.Println(a[i], f())
	i = 5
	// Here the call cannot help: it runs, prints, then the index panics.
	fmt.Println(a[i], g())
}
