// divergo run refuses: fmt.Printf of reading: Go calls the Format method of the temp field At
package main

// A field whose type has a Format method: fmt calls it with the verb and
// its flags; the interpreter's value has no method. Refused.

import "fmt"

type temp float64

func (t temp) Format(f fmt.State, c rune) { fmt.Fprintf(f, "%.1f°", float64(t)) }

type reading struct {
	At   temp
	note string
}

func main() {
	fmt.Printf("%+v\n", reading{1, "n"})
}
