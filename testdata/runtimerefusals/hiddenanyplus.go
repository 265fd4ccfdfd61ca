package main

// %+v of a struct with an unexported any holding a struct of the program
// with an unexported field: Go prints {name:i v:{a:1}}; the interpreter
// renamed a to Xa, which cannot be told from an exported Xa when the
// program runs. The program stops there, naming the field.

import "fmt"

type box struct {
	name string
	v    any
}

type inner struct{ a int }

func main() {
	fmt.Printf("%+v\n", box{"p", 1})
	fmt.Printf("%+v\n", box{"i", inner{1}})
	fmt.Println("not reached")
}
