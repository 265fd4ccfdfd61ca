// divergo run refuses: a type declared inside a function with the name of a package-level type (Level)
package main

import "fmt"

type Level int

func (l Level) String() string { return "pkg-level" }

func main() {
	type Level int
	fmt.Println(Level(1))
}
