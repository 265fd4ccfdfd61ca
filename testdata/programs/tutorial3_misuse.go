package main

import (
	"fmt"
	"strings"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("builder", func() {
		var a strings.Builder
		a.WriteString("x")
		b := a
		b.WriteString("y")
	})
	try("wg", func() {
		var wg sync.WaitGroup
		wg.Done()
	})
	try("nilfunc", func() {
		var f func(int) int
		f(1)
	})
	try("nilslice", func() {
		var p *[3]int
		_ = p[1]
	})
	try("assign", func() {
		var m map[[2]int]string
		m[[2]int{1, 2}] = "x"
	})
	try("unhashable", func() {
		m := map[any]int{}
		m[[]int{1}] = 1
	})
	try("compare", func() {
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("neg shift", func() {
		n := -1
		_ = 1 << n
	})
	var mu sync.Mutex
	mu.Unlock()
}
