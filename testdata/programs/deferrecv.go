package main

// defer x.M() and go x.M(args) read the receiver (and go's arguments) when
// the statement runs, as Go does: in loops, and when the variable changes
// after.

import (
	"fmt"
	"sync"
)

type T struct{ N int }

func (t T) Show() { fmt.Println("T", t.N) }

type W struct{ name string }

var mu sync.Mutex
var seen []string

func (w *W) Run(wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	seen = append(seen, w.name)
	mu.Unlock()
}

func d1() {
	t := T{1}
	defer t.Show()
	t.N = 2
}

type F struct{ name string }

func (f *F) Close() { fmt.Println("closing", f.name) }

func main() {
	for _, f := range []*F{{"a"}, {"b"}, {"c"}} {
		defer f.Close()
	}
	r := &F{"first"}
	defer r.Close()
	r = &F{"second"}
	d1()
	for _, t := range []T{{3}, {4}} {
		defer t.Show()
	}
	var wg sync.WaitGroup
	for _, n := range []string{"a", "b", "c"} {
		w := &W{n}
		wg.Add(1)
		go w.Run(&wg)
	}
	wg.Wait()
	fmt.Println(len(seen))
}
