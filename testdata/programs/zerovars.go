package main

import "fmt"

// A package-level variable without a value is zero before any initialiser
// runs, wherever it is declared (the interpreter zeroed counter after x's
// initialiser had incremented it).

var x = next()
var counter int

var total = compute()
var calls, extra int

func next() int {
	counter++
	return counter
}

func compute() int {
	calls += 5
	return 42
}

func init() { calls++ }

func main() {
	fmt.Println(x, counter, total, calls, extra)
}
