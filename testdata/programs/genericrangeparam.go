// A review of this stop's lowerings (helper-29, e10.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

func count[T ~int](n T) (s T) {
	for i := range n {
		s += i
	}
	return
}

func main() {
	fmt.Println(count(4), count(0))
}
