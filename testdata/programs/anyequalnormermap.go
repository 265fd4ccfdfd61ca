package main

// A map keyed by an interface type of the program: Go counts the equal
// keys as one; the interpreter panicked "reflect.Value.MapIndex: value of
// type struct { X float64; Y float64 } is not assignable to type
// interp.valueInterface".
// divergo run refuses: a key of type Vec in a map keyed by Normer

import (
	"fmt"
	"math"
)

type Normer interface{ Norm() float64 }

type Vec struct{ X, Y float64 }

func (v Vec) Norm() float64 { return math.Hypot(v.X, v.Y) }

func main() {
	counts := map[Normer]int{}
	counts[Vec{3, 4}]++
	counts[Vec{3, 4}]++
	fmt.Println(len(counts), counts[Vec{3, 4}])
}
