package main

// A table of test cases in a struct without a name, printed with %+v: the
// interpreter renames the unexported fields (name shows as Xname); Go
// prints {name:a in:1}, and so does divergo, which gives fmt a copy of the
// value with the fields' own names (check.Fields).

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
