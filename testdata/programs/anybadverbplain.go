// A verb that does not fit a value of yours held in an any: Go's
// complaint names your type (%!d(main.Meters=1.5)), with the verb's
// width; the interpreter named float64.
package main

import "fmt"

type Meters float64

type Name string

type Temp float32

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	var a any = Meters(1.5)
	var b any = Name("x")
	var c any = Temp(21.5)
	fmt.Printf("%d %d %s|%6.1d|\n", a, b, a, a)
	fmt.Printf("%d %s %x %v\n", c, c, c, c)
	fmt.Printf("%d %s\n", 3, "ok")
}
