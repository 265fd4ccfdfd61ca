package main

import "fmt"

type T struct{ id int }

func (t *T) Show()   { fmt.Print(t.id, " ") }
func (t *T) ID() int { return t.id }

var registry []*T

func (t *T) Register() { registry = append(registry, t) }

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		x := i
		ps = append(ps, &x)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var ts []*T
	for _, t := range []T{{1}, {2}, {3}} {
		ts = append(ts, &t)
	}
	for _, p := range ts {
		fmt.Print(p.id, " ")
	}
	fmt.Println()
	var fs []func() int
	for _, t := range []T{{1}, {2}, {3}} {
		fs = append(fs, t.ID)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, t := range []T{{1}, {2}, {3}} {
		t.Register()
	}
	for _, p := range registry {
		fmt.Print(p.id, " ")
	}
	fmt.Println()
	func() {
		for _, t := range []T{{1}, {2}, {3}} {
			defer t.Show()
		}
	}()
	fmt.Println()
	func() {
		for i := 0; i < 3; i++ {
			t := T{i + 10}
			defer t.Show()
		}
	}()
	fmt.Println()
}
