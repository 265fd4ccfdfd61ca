package main

import (
	"errors"
	"fmt"
)

type custom struct{ msg string }

func try(f func()) {
	defer func() {
		r := recover()
		s, ok := r.(string)
		c, ok2 := r.(custom)
		e, ok3 := r.(error)
		fmt.Printf("%q %v %v %v %v\n", s, ok, c.msg, ok2, ok3)
		_ = e
	}()
	f()
}

// recover gives the value given to panic, and runtime errors as Go
// reports them.
func main() {
	try(func() { panic("plain") })
	try(func() { panic(custom{"boom"}) })
	try(func() { panic(errors.New("bad")) })
	try(func() { var m map[string]int; m["a"] = 1 })
	func() {
		defer func() { n := recover().(int); fmt.Println(n) }()
		panic(42)
	}()
}
