package main

// Two types of the program with the same structure: Go's assertion tells
// them apart by name; the interpreter matched a *Celsius as a *Kelvin.
// divergo run refuses: tells the two types apart by their structure only

import "fmt"

type Kelvin struct{ V float64 }
type Celsius struct{ V float64 }

func kind(a any) string {
	switch a.(type) {
	case *Kelvin:
		return "kelvin"
	case *Celsius:
		return "celsius"
	}
	return "other"
}

func main() {
	fmt.Println(kind(&Kelvin{1}), kind(&Celsius{2}))
	_, ok := any(&Celsius{3}).(*Kelvin)
	fmt.Println(ok)
}
