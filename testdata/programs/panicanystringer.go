// A panic with an any holding a value of the program's type with a String
// method: Go prints the method's text (panic: reading 21.5°C); the
// interpreter printed its own struct type and an address.
package main

import "fmt"

type Reading struct{ Celsius float64 }

func (r Reading) String() string { return fmt.Sprintf("reading %.1f°C", r.Celsius) }

func check(v any) {
	if r, ok := v.(Reading); ok && r.Celsius > 20 {
		panic(v)
	}
}

func main() {
	var v any = Reading{21.5}
	fmt.Println("checking", v)
	check(v)
	fmt.Println("not reached")
}
