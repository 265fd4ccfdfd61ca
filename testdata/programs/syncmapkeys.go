package main

// divergo run refuses: sync.Map.Store with a key of type B while keys of type A are given to sync.Map too

import (
	"fmt"
	"sync"
)

type A int
type B int

func main() {
	var m sync.Map
	m.Store(A(1), "a")
	m.Store(B(1), "b")
	m.Store(1, "int")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	v, ok := m.Load(A(1))
	fmt.Println(v, ok)
}
