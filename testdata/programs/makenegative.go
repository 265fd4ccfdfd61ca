package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	f()
}

func main() {
	n := -1
	try(func() { _ = make([]int, n) })
	try(func() { _ = make([]int, 3, n+3) })
	try(func() { _ = make(chan int, n) })
	_ = make([]int, n)
}
