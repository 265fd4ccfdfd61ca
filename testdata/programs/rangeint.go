package main

// Go 1.22: range over an integer, with a closure capturing the variable.

import "fmt"

func main() {
	n := 3
	var m int64 = 2
	s := 0
	for i := range n {
		s += i
	}
	for range 2 {
		s += 10
	}
	var fs []func() int64
	for j := range m {
		fs = append(fs, func() int64 { return j })
	}
	fmt.Println(s, fs[0](), fs[1]())
}
