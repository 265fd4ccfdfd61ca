package main

// Two equal values of a type with methods compared in an any: Go says
// equal; the interpreter keeps each in a wrapper and said false (refused
// before; lowered to divergo's Equal now, which compares the types by
// name and then the values).

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func same(a, b any) bool { return a == b }

func main() {
	fmt.Println(same(Celsius(3), Celsius(3)))
}
