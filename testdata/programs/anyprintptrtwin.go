package main

// A *struct{ X int } in an any is a *P to the interpreter's type switch
// (type P struct{ X int } with String on *P): Go prints &{2}, the
// interpreter printed P!.

// divergo run refuses: would take a plain *struct{X int} stored in an any as one

import "fmt"

type P struct{ X int }

func (p *P) String() string { return "P!" }

func main() {
	var a any = &P{1}
	fmt.Println(a)
	var b any = &struct{ X int }{2}
	fmt.Println(b)
}
