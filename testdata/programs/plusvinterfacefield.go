// divergo run refuses: fmt.Printf of a value of type job, whose unexported field err holds an interface with methods (error)
package main

// %+v of a struct with an unexported field of an interface type: what the
// interpreter keeps there (its wrappers of the program's values) cannot
// be copied as Go prints it. Refused.

import "fmt"

type job struct {
	name string
	err  error
}

func main() {
	fmt.Printf("%+v\n", job{"j", nil})
}
