package main

import "fmt"

type T struct{ id int }

func (t T) Show() { fmt.Println("show", t.id) }

type R struct{ name string }

func (r *R) Close(tag string) { fmt.Println("close", r.name, tag) }

func (t T) Send(ch chan int) { ch <- t.id }

func main() {
	func() {
		t := &T{1}
		defer t.Show()
		t.id = 2
	}()
	func() {
		f := func() { fmt.Println("first") }
		defer f()
		f = func() { fmt.Println("second") }
	}()
	func() {
		for _, r := range []*R{{"a"}, {"b"}} {
			defer r.Close("x")
		}
		q := &R{"first"}
		defer q.Close("y")
		q = &R{"second"}
	}()
	ch := make(chan int)
	f := func() { ch <- 1 }
	go f()
	f = func() { ch <- 2 }
	fmt.Println(<-ch)
	p := &T{10}
	go p.Send(ch)
	p.id = 20
	fmt.Println(<-ch)
}
