// A review of this stop's lowerings (helper-29, a1.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

type Pair struct{ A, B int }

func replace(old, new string) (r Pair) {
	r.A = len(old)
	r.B = len(new)
	return
}

func main() {
	fmt.Println(replace("ab", "cde"))
}
