// divergo run refuses: fmt.Printf with %T, %+v or %#v of main.job, a type declared in the program
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
