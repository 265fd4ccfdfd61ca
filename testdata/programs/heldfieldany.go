// divergo run refuses: fmt.Println of a value of type any while a R holding values of Temp
package main

// A struct whose field has a String method, given to a function that
// prints its parameter of type any: Go prints {3.0C}, the interpreter
// printed {3}.

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1fC", float64(t)) }

type R struct{ T Temp }

func show(x any) { fmt.Println(x) }

func main() {
	show(R{3})
}
