// Struct comparison and structs as map keys: == on comparable structs and
// arrays, a map[Point]string grid, a map keyed by a two-field struct to count
// bigram pairs, nested struct keys, and anonymous struct literals.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Point struct{ X, Y int }

type Bigram struct{ A, B rune }

type Segment struct{ From, To Point }

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1}, [2]Point{p, q} == [2]Point{q, p})

	grid := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	grid[Point{0, 1}] = "north"
	fmt.Println(grid[Point{1, 0}], grid[Point{X: 0, Y: 1}], len(grid))
	if _, ok := grid[Point{5, 5}]; !ok {
		fmt.Println("no (5,5)")
	}
	delete(grid, Point{})
	fmt.Println(len(grid))

	counts := map[Bigram]int{}
	text := []rune("abracadabra")
	for i := 0; i+1 < len(text); i++ {
		counts[Bigram{text[i], text[i+1]}]++
	}
	keys := make([]Bigram, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b Bigram) int {
		return cmp.Or(-cmp.Compare(counts[a], counts[b]), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	for _, k := range keys {
		fmt.Printf("%c%c:%d ", k.A, k.B, counts[k])
	}
	fmt.Println()

	seen := map[Segment]bool{}
	segs := []Segment{{Point{0, 0}, Point{1, 1}}, {Point{1, 1}, Point{2, 2}}, {Point{0, 0}, Point{1, 1}}}
	for _, s := range segs {
		if seen[s] {
			fmt.Println("duplicate", s)
		}
		seen[s] = true
	}

	anon := map[struct{ name string }]int{{"x"}: 1}
	anon[struct{ name string }{"y"}] = 2
	fmt.Println(anon[struct{ name string }{"x"}], len(anon))

	type pair struct {
		k string
		v int
	}
	a := pair{"a", 1}
	b := a
	b.v = 2
	fmt.Println(a, b, a == b, a == pair{"a", 1})
	fmt.Printf("%v %+v %#v\n", p, p, p)

	var ia, ib any = Point{1, 2}, Point{1, 2}
	fmt.Println(ia == ib, ia == any(q))
}
