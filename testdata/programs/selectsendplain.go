// Values a select case sends right in the interpreter, as in Go: a
// variable, a call, an index, a field, one operator over variables and
// literals on a channel of a concrete type.
package main

import "fmt"

type P struct{ f int }

func h(a int) int { return a * 10 }

func main() {
	ch := make(chan int, 1)
	x, y := 3, 4
	s := []int{9}
	p := P{2}
	for i, send := range []func(){
		func() {
			select {
			case ch <- x:
			}
		},
		func() {
			select {
			case ch <- h(x):
			}
		},
		func() {
			select {
			case ch <- s[0]:
			}
		},
		func() {
			select {
			case ch <- p.f:
			}
		},
		func() {
			select {
			case ch <- x + y:
			}
		},
		func() {
			select {
			case ch <- -x:
			}
		},
		func() {
			select {
			case ch <- x % y:
			}
		},
	} {
		send()
		fmt.Println(i, <-ch)
	}
}
