package main

// A table of test cases in a struct without a name, with unexported
// fields: its fields and %v print as Go prints them.

import "fmt"

func main() {
	tests := []struct {
		name string
		in   int
	}{{"a", 1}, {"b", 2}}
	for _, tt := range tests {
		fmt.Println(tt.name, tt.in, tt)
		fmt.Printf("%v %s %d\n", tt, tt.name, tt.in)
	}
	var a any = tests[1]
	fmt.Println(a, tests)
}
