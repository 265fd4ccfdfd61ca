package main

// A named float64 with a pointer-receiver method, in an any: two equal
// Temps compared unequal (false, Go: true).

import "fmt"

type Temp float64

func (t *Temp) Inc() { *t++ }

func equal(a, b any) bool { return a == b }

func main() {
	t := Temp(1.5)
	t.Inc()
	fmt.Println(equal(Temp(1.5), Temp(1.5)), equal(t, Temp(2.5)), equal(t, Temp(1.5)))
	vals := []any{Temp(2), "x"}
	fmt.Println(vals[0] == Temp(2), vals[1] == Temp(2))
}
