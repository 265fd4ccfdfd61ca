// Verbs that fit the program's types, and bad verbs of other types, print
// as Go prints them (badverb.go: a bad verb of a program type is
// refused).
package main

import "fmt"

type Kind int

type T struct {
	Name string
	N    int
}

type Temp float64

func main() {
	fmt.Printf("%d %v %x %03d %q\n", Kind(2), Kind(3), Kind(10), Kind(7), Kind(65))
	fmt.Printf("%s %q %v %+v\n", &T{"x", 1}, T{"y", 2}, T{"z", 3}, &T{"w", 4})
	fmt.Printf("%.2f %e %v\n", Temp(21.5), Temp(1e6), Temp(-3))
	fmt.Printf("%d %s %x\n", "x", 5, []byte("hi"))
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%d\n", map[string]int{"a": 1})
	fmt.Printf("%t %v\n", true, []Kind{1, 2})
}
