package main

// Print puts no space between two operands of a string kind: Go prints
// G<v>G<v>, the interpreter G<v> G<v>.

import "fmt"

type G string

func (g G) Format(f fmt.State, c rune) { fmt.Fprintf(f, "G<%c>", c) }

func main() {
	var g, h any = G("1"), G("2")
	fmt.Print(g, h, "\n")
}
