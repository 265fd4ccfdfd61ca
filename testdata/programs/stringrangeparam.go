// A review of this stop's lowerings (helper-29, j2.go): divergo run
// failed or printed otherwise before the fix.
package main

import "fmt"

func idx[S ~string](s S) []int {
	var out []int
	for i := range s {
		out = append(out, i)
	}
	return out
}

func main() {
	fmt.Println(idx("héllo"))
}
