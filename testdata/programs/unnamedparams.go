// Methods with a named receiver and unnamed parameters: the interpreter
// put the arguments in the wrong places ("reflect.Set: value of type
// string is not assignable to type int").
package main

import "fmt"

type T struct{ v int }

func (t T) F(string) int { return t.v }

func (t *T) G(int, string) (int, error) { return t.v * 2, nil }

type Shape interface{ Area(string) float64 }
type Sq struct{ s float64 }

func (q Sq) Area(string) float64 { return q.s * q.s }

func main() {
	fmt.Println(T{2}.F(""))
	t := &T{3}
	fmt.Println(t.G(1, "x"))
	var s Shape = Sq{3}
	fmt.Println(s.Area("m"))
}
