// divergo run refuses: fmt.Printf with %T, %+v or %#v of main.node, a type declared in the program
package main

// %+v of a struct with unexported fields that holds itself in a slice:
// reflect cannot build the recursive type of a copy with the fields' own
// names. Refused (through a pointer, Go prints an address, and it runs).

import "fmt"

type node struct {
	name string
	kids []node
}

func main() {
	fmt.Printf("%+v\n", node{"a", []node{{"b", nil}}})
}
