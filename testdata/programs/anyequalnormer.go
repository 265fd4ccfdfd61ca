package main

// == of two values of an interface type of the program holding equal
// structs with methods: Go says true; the interpreter said false (refused
// before; lowered to divergo's Equal now).

import (
	"fmt"
	"math"
)

type Normer interface{ Norm() float64 }

type Vec struct{ X, Y float64 }

func (v Vec) Norm() float64 { return math.Hypot(v.X, v.Y) }

func main() {
	var a, b Normer = Vec{3, 4}, Vec{3, 4}
	fmt.Println(a == b, a.Norm())
}
