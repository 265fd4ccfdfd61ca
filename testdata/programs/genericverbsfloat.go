package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// Through another generic: Go prints   3.00, the interpreter printed
// {  3.00 %!f(func() string=0x50fac0)}.
func Show[T any](v T)  { fmt.Printf("%6.2f\n", v) }
func Twice[T any](v T) { Show(v); Show(v) }

func main() {
	Twice(Temp(3))
}
