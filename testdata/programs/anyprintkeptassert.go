package main

// A plain int kept by sync.Map: Go's assertion to Color fails; the
// interpreter's, which sees no type name, said 5, true.

// divergo run refuses: asserting any to Color while int values are stored in an any

import (
	"fmt"
	"sync"
)

type Color int

func main() {
	var m sync.Map
	m.Store("k", 5)
	v, _ := m.Load("k")
	c, ok := v.(Color)
	fmt.Println(c, ok)
	var a any = Color(1)
	_ = a
}
