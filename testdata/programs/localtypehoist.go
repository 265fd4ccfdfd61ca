package main

// Types declared inside functions: divergo run declares them at package
// level when they name nothing else local (Go prints main.person for a
// local type person, as for a package-level one): sorted by slices'
// functions, aliases (the interpreter did not find a local alias),
// recursive types, types naming other local types and package-level ones,
// the same name in two functions (one is renamed: its name is never
// shown), and types that stay where they are (naming a local constant, in
// a generic function).

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Unit string

func people() {
	type person struct {
		name string
		age  int
	}
	ps := []person{{"bea", 31}, {"al", 25}, {"cy", 31}}
	slices.SortStableFunc(ps, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(ps)
	fmt.Printf("%T %v\n", ps[0], ps[0])
	i := slices.IndexFunc(ps, func(p person) bool { return p.name == "cy" })
	fmt.Println(i, slices.Contains(ps, person{"al", 25}))
}

func scores() {
	type person struct { // the same name as people's: renamed, never shown
		name  string
		score float64
	}
	ps := []person{{"x", 0.5}, {"y", 0.25}}
	slices.SortFunc(ps, func(a, b person) int { return cmp.Compare(a.score, b.score) })
	fmt.Println(ps, len(ps))
}

func aliases() {
	type kv = struct {
		k string
		v int
	}
	type counts = map[string]int
	c := counts{"a": 2, "b": 1}
	var xs []kv
	for _, k := range slices.Sorted(maps.Keys(c)) {
		xs = append(xs, kv{k, c[k]})
	}
	fmt.Println(xs)
	fmt.Println(xs[0].k, len(xs))
}

func recursive() {
	type node struct {
		val  int
		next *node
	}
	type list struct {
		head *node
		unit Unit
	}
	l := list{unit: "m"}
	for i := 3; i > 0; i-- {
		l.head = &node{i, l.head}
	}
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val, l.unit))
	}
	fmt.Println(strings.Join(parts, " "))
}

func staying() {
	const n = 3
	type triple [n]int // names a local constant: stays
	t := triple{1, 2, 3}
	fmt.Println(t, len(t))
}

func generic[T any](x T) {
	type box struct{ v T } // in a generic function: stays
	fmt.Println(box{x})
}

func main() {
	people()
	scores()
	aliases()
	recursive()
	staying()
	generic(4)
	generic("s")
}
