// A generic function storing in an interface a value of a type that
// embeds a type whose String method has a pointer receiver runs: the
// value has no String method, and Go and the interpreter print its
// fields.
package main

import "fmt"

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

type Wrap struct{ PS }

func Keep[T any](v T)       { var a any = v; fmt.Println(a) }
func Name[T any](v T) any   { return v }
func List[T any](v T) []any { return []any{v, v} }

func main() {
	Keep(Wrap{PS{1}})
	fmt.Println(Name(Wrap{PS{2}}), List(Wrap{PS{3}}))
	fmt.Println(&Wrap{PS{4}})
}
