// Slice expressions in loops: Go names the bounds and the length or
// capacity (a check before the statement, as for indexes in loops).
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := "information"
	xs := make([]float64, 5, 6)
	try("window", func() {
		k := 3
		for i := 0; i < len(s); i++ {
			w := s[i : i+k]
			_ = w
		}
	})
	try("prefix", func() {
		for n := 0; n < 10; n++ {
			_ = xs[:n]
		}
	})
	try("tail", func() {
		for n := 0; n < 10; n++ {
			fmt.Print(len(s[n*2:]), " ")
		}
	})
	try("three", func() {
		for m := 6; m < 10; m++ {
			ys := xs[1:2:m]
			_ = ys
		}
	})
	try("ok", func() {
		total := 0
		for i := 0; i+2 <= len(xs); i++ {
			total += len(xs[i : i+2])
		}
		fmt.Println(total)
	})
	try("idx-then-slice", func() {
		for i := 0; i < 10; i++ {
			fmt.Println(xs[i], s[i:i+8])
		}
	})
}
