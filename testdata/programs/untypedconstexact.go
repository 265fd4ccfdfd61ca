// A review of this stop's lowerings (helper-29, k1.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

const ratio = 2.0 / 3

func main() {
	n := int(ratio * 300)
	fmt.Println(n)
}
