// A generic function gives fmt a value of its type parameter through an
// any: the Temp prints with its String method (this was refused).
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return "TEMP" }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int"
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func main() {
	fmt.Println(Describe(Temp(3)))
}
