// A panic with a pointer to a value of the program's type: Go prints
// (*main.Reading) and the pointer.
package main

type Reading struct{ Bits float64 }

func main() {
	r := &Reading{1.5}
	panic(r)
}
