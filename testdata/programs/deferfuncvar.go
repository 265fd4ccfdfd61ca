package main

import (
	"fmt"
	"sync"
)

// defer of a function literal held in a local variable runs it when the
// function returns (the interpreter deadlocked: its closure locked the
// frame whose deferred calls were running).

var mu sync.Mutex

func work() string {
	cleanup := func() { fmt.Println("cleanup") }
	defer cleanup()
	mu.Lock()
	unlock := func() { mu.Unlock() }
	defer unlock()
	var g func(int)
	g = func(n int) { fmt.Println("g", n) }
	defer g(1)
	return "ok"
}

func main() {
	f := func() { fmt.Println("deferred") }
	defer f()
	fmt.Println(work())
	fmt.Println("body")
}
