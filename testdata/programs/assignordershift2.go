// A review of this stop's lowerings (helper-29, o2.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

func f() int { return 3 }

func main() {
	xs := []int64{0, 0}
	i := 1
	xs[i] = 1 << f()
	fmt.Println(xs)
}
