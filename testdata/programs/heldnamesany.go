// divergo run refuses: fmt.Printf with %T, %+v or %#v of a value of type any while a []P holding values of P
package main

// %T of an any holding a []P: Go []main.P, the interpreter
// []struct { X int }.

import "fmt"

type P struct{ X int }

func main() {
	var v any = []P{{1}}
	fmt.Printf("%T\n", v)
}
