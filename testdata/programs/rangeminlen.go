// A range over an integer whose operand another lowering rewrites
// (min(len(a), len(b))): the two rewrites overlapped ("internal error").
package main

import "fmt"

func main() {
	a, b := []int{1, 2, 3}, []int{4, 5}
	for i := range min(len(a), len(b)) {
		fmt.Println(a[i] * b[i])
	}
	for range max(len(a)-3, 1) {
		fmt.Println("once")
	}
}
