// Variables, constants, functions and aliases may take the name of a
// predeclared type: an untyped constant still gets Go's own int, rune or
// float64 (the interpreter looked the type up by its name and found the
// program's: y := 3 after `type int = float64` made y/2 1.5), and a
// variable named string compiles (it stopped with "CFG post-order panic").
package main

import "fmt"

type int = float64

type byte = string

func error(s byte) byte { return "error: " + s }

const float32 = 2

func main() {
	y := 3
	fmt.Printf("%T %v\n", y, y/2)
	var z int = 3
	fmt.Printf("%T %v\n", z, z/2)
	r := 'a'
	fmt.Printf("%T %v\n", r, r)
	{
		string := []uint8("ab")
		fmt.Println(string, len(string))
		t := "lit"
		fmt.Printf("%T %q\n", t, t)
	}
	var b byte = "x"
	fmt.Println(error(b), float32*y)
	for rune := range 3 {
		fmt.Print(rune, " ")
	}
	fmt.Println()
	any := []any{1, "two"}
	fmt.Println(any...)
}
