package main

import "fmt"

// A deferred call of a method with a value receiver copies the receiver
// when the defer runs; one with a pointer receiver sees later changes.
type T struct{ N int }

func (t T) Show()         { fmt.Println("T", t.N) }
func (t *T) ShowPtr()     { fmt.Println("*T", t.N) }
func (t T) Add(k int) int { return t.N + k }

func main() {
	t := T{1}
	defer t.Show()
	defer t.ShowPtr()
	defer fmt.Println("sum", t.Add(10), t.N)
	u := T{2}
	defer u.Show()
	t.N = 5
	u = T{7}
}
