package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

// %d of a Code calls no String in Go: it prints 3. The interpreter printed
// its wrapper of the value, {3 5307072}.
func Show[T any](v T) { fmt.Printf("%d\n", v) }

func main() {
	Show(Code(3))
}
