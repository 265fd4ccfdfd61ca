package main

// A type switch on an any with a case of a type with methods whose
// underlying type is basic.
// divergo run refuses: a type switch case of Celsius, a type with methods

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int

type P struct{ X int }

func kind(a any) string {
	switch v := a.(type) {
	case Celsius:
		return "C " + v.String()
	case Level:
		return fmt.Sprint("L ", int(v))
	case P:
		return "P"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(kind(Celsius(3)), kind(Level(2)), kind(P{1}))
}
