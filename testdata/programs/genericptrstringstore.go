// divergo run refuses: Keep with PS as its type argument: it puts a value of its type parameter in an interface or gives fmt a value made of it (var a any = v); PS's String method has a pointer receiver, so Go does not call it for a PS value
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
