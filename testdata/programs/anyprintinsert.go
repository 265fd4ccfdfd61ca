package main

// slices.Insert (lowered to interpreted code) stores a plain int in the
// []any: Go prints 5 green, the interpreter's switch printed green green.

// divergo run refuses: would take a plain int stored in an any as one

import (
	"fmt"
	"slices"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c%2] }

func main() {
	xs := []any{Color(1)}
	xs = slices.Insert(xs, 0, 5)
	fmt.Println(xs[0], xs[1])
}
