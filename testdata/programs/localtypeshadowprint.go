package main

// A type declared inside a function with the name of a package-level
// type, whose name the program prints: Go prints main.Level (no function
// qualifier), and a fresh name would show, so it stays local, where the
// interpreter would use the package's type: refused.
// divergo run refuses: a type declared inside a function with the name of a package-level type (Level)

import "fmt"

type Level int

func (l Level) String() string { return "pkg-level" }

func main() {
	type Level int
	fmt.Printf("%T %v\n", Level(1), Level(2))
}
