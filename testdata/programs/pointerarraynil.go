// A review of this stop's lowerings (helper-29, j4.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

func main() {
	var np *[4]int
	n := 0
	for i := range np {
		n += i
	}
	fmt.Println(n)
}
