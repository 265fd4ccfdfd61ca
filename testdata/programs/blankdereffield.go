// A review of this stop's lowerings (helper-29, h2.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type T struct {
	a    [2]int
	next *T
}

func main() {
	defer func() { fmt.Println("rec:", recover()) }()
	t := &T{}
	_ = *t
	_ = *(t)
	_ = (*t).a
	_ = *t.next
	fmt.Println("not reached")
}
