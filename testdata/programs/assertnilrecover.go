// A failed assertion of a nil interface, recovered and printed: fmt of the
// interpreter's error walked its whole syntax graph (the program hung).
package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	defer func() { fmt.Println(recover()) }()
	func() {
		defer func() { fmt.Println(recover()) }()
		var e error
		_ = e.(Shape)
	}()
	var a any
	_ = a.(Shape)
}
