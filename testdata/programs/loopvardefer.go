package main

// A function literal that uses a loop's variables, given to a function of
// another package in a defer statement: Go evaluates it at the defer; the
// interpreter when the deferred call runs, after the loop.
// divergo run refuses: given to o.Do in a defer statement

import (
	"fmt"
	"sync"
)

func main() {
	for i := 0; i < 2; i++ {
		var o sync.Once
		defer o.Do(func() { fmt.Println("deferred", i) })
	}
}
