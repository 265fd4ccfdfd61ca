// divergo run refuses: fmt.Printf with %T or %#v of a value of type fmt.Stringer, which may hold a Temp
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// A generic that stores its T in a fmt.Stringer: Go's %T names main.Temp,
// the interpreter named its wrapper, std._fmt_Stringer.
func AsStringer[T fmt.Stringer](v T) fmt.Stringer { return v }

func main() {
	s := AsStringer(Temp(3))
	fmt.Println(s)
	fmt.Printf("%T\n", s)
}
