package main

// A slice or map of a type with String, printed with %q, %x, %X, a width
// or a precision: fmt formats each element's text as a string (the
// lowering gave fmt the texts for %v and %s only, and refused the rest).

import "fmt"

type Info float64

func (b Info) String() string { return fmt.Sprintf("%.3f bits", float64(b)) }

func main() {
	xs := []Info{1, 2}
	m := map[string]Info{"k": 3, "a": 0.5}
	fmt.Printf("%v|%s|%q|%x|%X|%12v|%-12s|%.3s|%+v|%#q\n", xs, m, xs, xs, m, xs, xs, m, xs, xs)
	fmt.Printf("%#v\n", []float64{1})
}
