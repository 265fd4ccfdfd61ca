// Values of the program's types with String methods in a []any spread
// into fmt and log (fmt.Println(rows...)) print with their methods, as in
// Go; %d prints the fields (this was refused).
package main

import (
	"fmt"
	"log"
	"os"
)

type Dist struct {
	Name string
	P    []float64
}

func (d Dist) String() string { return fmt.Sprintf("%s%v", d.Name, d.P) }

type Plain struct{ A int }

func main() {
	rows := []any{Dist{"p", []float64{0.5, 0.5}}, 3.5, "x", Plain{1}, &Dist{"q", nil}}
	fmt.Println(rows...)
	fmt.Print(rows...)
	fmt.Println()
	s := fmt.Sprint(rows...)
	fmt.Println(len(s), s)
	fmt.Printf("%v|%d|%s|%v|%v\n", rows...)
	l := log.New(os.Stdout, "", 0)
	l.Println(rows...)
	args := []any{Dist{"r", []float64{1}}}
	fmt.Printf("%8v|%-10s|%q\n", append(args, args[0], args[0])...)
}
