package main

// A switch on an any with a value case of a type with methods: Go takes
// the case; the interpreter panicked converting the any to float64
// (refused before; the case is compared by divergo's Equal now).

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func name(v any) string {
	switch v {
	case Celsius(100):
		return "boiling"
	case Celsius(0):
		return "freezing"
	}
	return "other"
}

func main() {
	fmt.Println(name(Celsius(100)), name(Celsius(0)), name(3))
}
