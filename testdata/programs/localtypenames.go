package main

// Local types whose names are taken elsewhere: by a package-level type, a
// predeclared one, a variable of another function. divergo run declares
// them at package level under a fresh name, since none of these names is
// ever shown (printed with %v only).

import (
	"fmt"
	"sort"
	"strings"
)

type Level int

func (l Level) String() string { return "pkg-level" }

func shadow() {
	type Level int // not the package's: no String method
	ls := []Level{3, 1, 2}
	sort.Slice(ls, func(i, j int) bool { return ls[i] < ls[j] })
	fmt.Println(ls, Level(7)+1)
	fmt.Printf("%v %d\n", ls[0], len(ls))
}

func embedded() {
	type wrapped struct{ Level } // the package's Level, String promoted
	w := wrapped{4}
	fmt.Println(w, w.Level)
}

func predeclared() {
	type error struct{ msg string } // not the predeclared error
	e := error{"oops"}
	fmt.Println(e.msg, strings.ToUpper(e.msg))
}

func variable() {
	point := "a variable named point"
	fmt.Println(point)
}

func points() {
	type point struct{ x, y int }
	ps := map[point]bool{{1, 2}: true}
	fmt.Println(ps[point{1, 2}], ps[point{2, 1}], len(ps))
}

func loops() {
	var got []string
	for i := 0; i < 2; i++ {
		type pair struct{ i, sq int }
		p := pair{i, i * i}
		got = append(got, fmt.Sprint(p))
	}
	f := func() string {
		type shape interface{ area() float64 }
		var s shape
		return fmt.Sprint(s == nil)
	}
	fmt.Println(got, f())
}

func main() {
	shadow()
	embedded()
	predeclared()
	variable()
	points()
	loops()
}
