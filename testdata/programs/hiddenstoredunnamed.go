// divergo run refuses: fmt.Println of a value of type any while a struct{n int; w time.Duration} is stored in an any: it has an unexported field
package main

// A struct without a name whose unexported field holds a time.Duration,
// stored in an any and printed from there: Go prints {1 1000000000}, the
// interpreter (whose fields are all exported) had fmt call String: {1 1s}.
// Refused.

import (
	"fmt"
	"time"
)

func main() {
	var a any = struct {
		n int
		w time.Duration
	}{1, time.Second}
	fmt.Println(a)
}
