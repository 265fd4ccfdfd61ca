// A method of a nil error or fmt.Stringer panics with Go's nil
// dereference (the interpreter's words were its reflection's: "Method on
// nil interface value").
package main

import "fmt"

func f() (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	var err error
	return err.Error()
}

func main() {
	fmt.Println(f())
	var st fmt.Stringer
	fmt.Println(st.String())
}
