// A package-level table of an unnamed struct with unexported fields
// beside a variable initialised by a call: the declaration written for
// the table had no tags, its literal the tags that hide its unexported
// fields from encoding/json, and assigning one to the other panicked.
package main

import "fmt"

var total = func() int { return 55 }()

var table = []struct {
	in   string
	want int
}{{"a", 1}, {"bb", 2}}

var byName = map[string]*struct{ n int }{"x": {3}}

func main() {
	fmt.Println(total)
	for _, t := range table {
		fmt.Println(t.in, t.want)
	}
	fmt.Println(byName["x"].n)
}
