// A nil pointer whose String handles nil, printed by Printf beside other
// verbs (%d, %5.2f): the lowering was skipped and fmt printed <nil>.
package main

import "fmt"

type T struct{}

func (*T) String() string { return "T" }

func main() {
	var p *T
	fmt.Printf("%d %v\n", 1, p)
	fmt.Printf("%v %v\n", 1, p)
	fmt.Printf("%5.2f|%s|%q\n", 2.5, p, p)
}
