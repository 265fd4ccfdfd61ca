// divergo run refuses: fmt.Printf of sensor: Go calls the String method of the temp keys
package main

// %+v of a struct with an unexported field and a map keyed by a type with
// a String method: fmt prints the keys' texts, ordered by the keys'
// values, which a copy holding the texts would order by text. Refused.

import "fmt"

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type sensor struct {
	id   int
	Last map[temp]string
}

func main() {
	fmt.Printf("%+v\n", sensor{1, map[temp]string{2: "b", 1: "a"}})
}
