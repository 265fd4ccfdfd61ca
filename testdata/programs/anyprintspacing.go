package main

// Print, Sprint and log's Print put no space between two operands of a
// string kind (type S string, with a String method) held in an any: Go
// prints S!xS!y, where the interpreter's switch gave fmt a struct and it
// put a space in; a panic in String is printed as Go prints it.

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type S string

func (s S) String() string {
	if s == "" {
		panic(errors.New("empty S"))
	}
	return "S!" + string(s)
}

type Namer interface{ String() string }

func main() {
	var a, b, z any = S("x"), S("y"), S("")
	fmt.Print(a, b, z, "\n")
	fmt.Print(a, 1, b, 2, 3, "\n")
	fmt.Println(fmt.Sprint(a, b), fmt.Sprint(a, 3.5), fmt.Sprint(3, a, 4))
	fmt.Printf("%v|%s|%q|%x|%8v|%-8s|%.1s|%5s|\n", a, a, a, a, a, a, a, z)
	l := log.New(os.Stdout, "", 0)
	l.Print(a, b)
	var n1, n2 Namer = S("p"), S("q")
	fmt.Print(n1, n2, "\n")
	fmt.Println([]Namer{n1, n2})
}
