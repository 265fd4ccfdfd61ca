package main

import "fmt"

type Level int

func (l Level) String() string { return "pkg-level" }

func main() {
	type Level int
	fmt.Println(Level(1))
}
