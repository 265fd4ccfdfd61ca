// A generic function returns a Temp as an any: Go prints it with its
// String method, 3.0°C (this was refused).
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// D stores a Temp in an any by returning it: Go prints 3.0°C, the
// interpreter printed 3.
func D[T any](v T) any { return v }

func main() {
	fmt.Println(D(Temp(3)))
}
