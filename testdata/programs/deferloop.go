package main

// Deferred calls inside loops: Go evaluates the function value and the
// arguments at the defer statement. The interpreter evaluated them when
// the deferred calls ran, after the loop: defer release(name) released
// the last name three times, and a deferred literal saw the last
// iteration's values.

import "fmt"

func release(name string) { fmt.Println("release", name) }

func show(i int) { fmt.Println("show", i) }

type res struct{ id int }

func (r *res) Close() { fmt.Println("close", r.id) }

func main() {
	for _, name := range []string{"a", "b", "c"} {
		defer release(name)
	}
	for i := 0; i < 2; i++ {
		defer show(i)
	}
	n := 0
	for n < 2 {
		defer show(n * 100)
		n++
	}
	for i := 0; i < 2; i++ {
		defer func(k int) { fmt.Println(k, i) }(i * 10)
	}
	for i := 0; i < 2; i++ {
		v := i + 5
		defer func() { fmt.Println("lit", v) }()
	}
	for i := 1; i <= 2; i++ {
		r := &res{i}
		defer r.Close()
	}
}
