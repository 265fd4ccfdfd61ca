package main

// What fmt prints alike around unexported fields holding interfaces: an
// exported error field (Go and the interpreter call Error), %T of a struct
// with an unexported error field, and an unexported any field holding a
// value without methods.

import "fmt"

type Job struct {
	Name string
	Err  error
}

type job struct {
	name string
	err  error
}

type box struct {
	name string
	v    any
}

func main() {
	fmt.Printf("%v\n", Job{"j", fmt.Errorf("bad")})
	fmt.Println(Job{"k", nil})
	fmt.Printf("%T\n", job{"j", fmt.Errorf("bad")})
	j := job{"j", fmt.Errorf("bad")}
	fmt.Println(j.name, j.err)
	fmt.Printf("%v %v\n", box{"i", 3}, box{"s", "text"})
}
