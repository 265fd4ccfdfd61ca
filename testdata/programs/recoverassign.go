// recover() among the values of a parallel assignment stays the deferred
// function's own call.
package main

import "fmt"

func main() {
	defer func() {
		var r any
		var n int
		r, n = recover(), 1
		fmt.Println("recovered:", r, n)
	}()
	panic("boom")
}
