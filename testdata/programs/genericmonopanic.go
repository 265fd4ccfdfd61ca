// An index out of range in the copy of a generic function: the same
// panic, exit status 2.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// At copies Temp's At: the index out of range panics in the copy, on
// this line of the program.
func At[T any](xs []T, i int) T {
	fmt.Println("at", i, xs)
	return xs[i]
}

func main() {
	ts := []Temp{1, 2, 3}
	fmt.Println(At(ts, 1))
	fmt.Println(At(ts, 5))
}
