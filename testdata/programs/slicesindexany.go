package main

// divergo run refuses: slices.Index, instantiated with E = any (comparable

import (
	"fmt"
	"slices"
)

type Meters float64
type Feet float64

func main() {
	xs := []any{Feet(3), Meters(3)}
	fmt.Println(slices.Index(xs, any(Meters(3))), slices.Contains(xs, any(3.0)))
}
