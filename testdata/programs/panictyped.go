// A panic with a value of a struct type of the program: Go's runtime
// prints its type's name and an address, (main.Reading) 0xc…; the
// interpreter named its own struct { Label string; Bits float64 }.
package main

import "fmt"

type Reading struct {
	Label string
	Bits  float64
}

func main() {
	fmt.Println("before")
	panic(Reading{"H(X)", 1.5})
}
