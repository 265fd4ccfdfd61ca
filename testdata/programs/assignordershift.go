// A review of this stop's lowerings (helper-29, d2.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

func f() int { return 2 }

func main() {
	xs := []int{1, 1}
	i := 1
	xs[i] <<= f()
	fmt.Println(xs)
}
