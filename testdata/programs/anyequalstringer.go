package main

// Two fmt.Stringer values holding equal values of a program type: Go
// compares them (true); the interpreter panicked "comparing uncomparable
// type std._fmt_Stringer", and a map[fmt.Stringer]int panicked too.
// divergo run refuses: comparing fmt.Stringer with fmt.Stringer while values of Celsius, declared in the program, may be stored in a fmt.Stringer

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	var a, b fmt.Stringer = Celsius(1), Celsius(1)
	fmt.Println(a == b)
}
