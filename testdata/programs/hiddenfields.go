// divergo run refuses: fmt.Printf with %T, %+v or %#v of struct{name string; in int}, which holds a struct without a name with unexported fields
package main

// A table of test cases in a struct without a name, printed with %+v: the
// interpreter renames the unexported fields (name shows as Xname) and
// prints the tags it gives them; Go prints {name:a in:1}.

import "fmt"

func main() {
	tests := []struct {
		name string
		in   int
	}{{"a", 1}, {"b", 2}}
	for _, tt := range tests {
		fmt.Printf("%+v\n", tt)
	}
}
