// A generic function stores a PS in an any and gives it to fmt: PS's
// String method has a pointer receiver, so Go prints the fields, {2}
// (this was refused).
package main

import "fmt"

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

// A PS value does not have the pointer method: Go prints {2}, the
// interpreter called String (PS2).
func Keep[T any](v T) { var a any = v; fmt.Println(a) }

func main() {
	Keep(PS{2})
}
