// Methods promoted from embedded fields read their receiver where Go does:
// a deferred call, a go statement and a method value take the embedded
// field's value (or, through an embedded pointer, a copy of what it points
// to for a value method; the pointer for a pointer method) at the
// statement.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Inner struct{ n int }

func (i Inner) Show()         { fmt.Println("n =", i.n) }
func (i Inner) Val() int      { return i.n }
func (i *Inner) PVal() int    { return i.n }
func (i *Inner) Inc()         { i.n++ }
func (i Inner) Add(k int) int { return i.n + k }

type Outer struct{ Inner }

type Wrap struct {
	*Inner
	tag string
}

type Deep struct {
	Outer
	name string
}

type Base struct{ id int }

func (b Base) Report(out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- b.id
}

type Worker struct {
	Base
	name string
}

func deferred() {
	w := Wrap{&Inner{1}, "w"}
	defer w.Show()
	w.n = 2
	o := Outer{Inner{5}}
	defer o.Show()
	o.n = 6
	d := &Deep{Outer{Inner{8}}, "d"}
	defer d.Show()
	d.n = 9
	w2 := Wrap{&Inner{20}, "w2"}
	defer fmt.Println("PVal through a pointer:", w2.PVal())
	w2.Inner = &Inner{21}
}

func main() {
	deferred()

	w := Wrap{&Inner{3}, "w"}
	f := w.Val
	w.n = 33
	fmt.Println(f(), w.Val())

	g := w.PVal
	w.Inner = &Inner{4}
	fmt.Println(g(), w.PVal())

	o := Outer{Inner{1}}
	v := o.Val
	inc := o.Inc
	o.n = 10
	inc()
	fmt.Println(v(), o.n)

	d := Deep{Outer{Inner{7}}, "d"}
	add := d.Add
	d.n = 70
	fmt.Println(add(1), d.Add(1))

	var wg sync.WaitGroup
	ids := make(chan int, 10)
	wk := Worker{Base{10}, "w"}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go wk.Report(ids, &wg)
		wk.id++
	}
	wg.Wait()
	close(ids)
	var got []int
	for v := range ids {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)

	var shows []func()
	for i := 0; i < 3; i++ {
		ws := Wrap{&Inner{i}, "loop"}
		shows = append(shows, ws.Show)
		ws.n = 100
	}
	for _, s := range shows {
		s()
	}
}
