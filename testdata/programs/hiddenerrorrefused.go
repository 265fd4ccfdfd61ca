// divergo run refuses: fmt.Printf of a value of type job, whose unexported field err holds an interface with methods (error)
package main

// fmt cannot call a method through an unexported field: Go prints the
// error in job.err as the pointer it is ({j 0xc…}), the interpreter (whose
// struct fields are all exported) called Error and printed {j bad}. The
// address is not reproducible: refused, naming the field.

import "fmt"

type job struct {
	name string
	err  error
}

func main() {
	fmt.Printf("%v\n", job{"j", fmt.Errorf("bad")})
}
