// _ = *p of a nil p panics (the interpreter dropped the statement).
package main

import "fmt"

type T struct{ A int }

func f() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *int
	_ = *p
	fmt.Println("no panic")
}

func main() {
	f()
	var t *T
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = *t
	fmt.Println("no panic")
}
