// A review of this stop's lowerings (helper-29, e9.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type P struct{ X, Y int }

func zero[T any]() (v T) {
	return
}

func main() {
	fmt.Println(zero[P]())
}
