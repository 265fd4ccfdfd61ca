package main

import "fmt"

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

// A PS value does not have the pointer method: Go prints {1}, the
// interpreter called String (PS1).
func Show[T any](v T) { fmt.Println(v) }

func main() {
	Show(PS{1})
}
