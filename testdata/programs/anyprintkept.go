package main

// A plain int kept by sync.Map, given back in an any: the interpreter's
// type switch, which sees no type name, took it for a Color and printed
// "green" where Go prints 5.

// divergo run refuses: would take a plain int stored in an any as one

import (
	"fmt"
	"sync"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c%2] }

func main() {
	var m sync.Map
	m.Store("k", 5)
	v, _ := m.Load("k")
	fmt.Println(v)
	var c any = Color(1)
	fmt.Println(c)
}
