// fmt's %T of a value of one of the program's interface types names the
// type it holds (*main.Dog, main.Meters), as Go does: a type switch over
// the program's types that implement the interface asks it (the
// interpreter named its wrapper, and the program was refused).
package main

import (
	"errors"
	"fmt"
)

type Speaker interface{ Speak() string }

type Dog struct{ Name string }

func (d *Dog) Speak() string { return d.Name + " says woof" }

type Meters float64

func (m Meters) Speak() string { return fmt.Sprint(float64(m), " meters") }

type Quiet struct{}

func (Quiet) Speak() string { return "" }

func show(s Speaker) {
	fmt.Printf("(%v, %T) %q\n", s, s, fmt.Sprintf("%8T|", s))
}

func main() {
	var s Speaker
	show(s)
	s = &Dog{"Rex"}
	show(s)
	s = Meters(2.5)
	show(s)
	s = Quiet{}
	show(s)
	fmt.Printf("%T %T\n", errors.New("x"), []Speaker{})
}
