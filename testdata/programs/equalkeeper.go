package main

// divergo run refuses: comparing interface values while C(1) keeps the C in an interface without the interpreter's wrapper
//
// sync.Map keeps the bare value the interpreter gives it (a float64, not
// its wrapper of a C), so a comparison of anys could not tell its type.

import (
	"fmt"
	"sync"
)

type C float64

func (c C) String() string { return "c" }

func main() {
	var m sync.Map
	m.Store("k", C(1))
	v, _ := m.Load("k")
	c := C(1)
	var a any = c
	fmt.Println(v == a)
}
