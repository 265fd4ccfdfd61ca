package main

// A struct type whose methods all have pointer receivers, in an any: the
// interpreter keeps it through a wrapper all the same, and each of these
// was false (Go: true) until such comparisons went to divergo's Equal or
// to an assertion like those of a type with value methods.

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Move() { p.X++ }

type Box struct{ V any }

func equal(got, want any) bool { return got == want }

func first(vs ...any) any { return vs[0] }

func main() {
	fmt.Println(equal(Point{1, 2}, Point{1, 2}), equal(Point{1, 2}, Point{2, 1}), equal(Point{1, 2}, 3))
	b := Box{Point{1, 2}}
	fmt.Println(b.V == Point{1, 2}, b.V != Point{1, 2})
	fmt.Println(first(Point{1, 2}) == Point{1, 2})
	arr := [1]any{Point{1, 2}}
	fmt.Println(arr[0] == Point{1, 2})
	bs := []Box{{Point{3, 3}}}
	fmt.Println(bs[0].V == Point{3, 3})
	ch := make(chan any, 1)
	ch <- Point{4, 4}
	v := <-ch
	fmt.Println(v == Point{4, 4})
	s := []any{Point{1, 2}, Point{1, 2}, &Point{1, 2}}
	fmt.Println(s[0] == s[1], s[0] == s[2])
	m := map[string]any{"p": Point{5, 6}}
	fmt.Println(m["p"] == Point{5, 6}, m["q"] == Point{5, 6})
	var e any = s[0]
	switch e {
	case Point{2, 1}:
		fmt.Println("swapped")
	case Point{1, 2}:
		fmt.Println("matched")
	default:
		fmt.Println("no match")
	}
	p := e.(Point)
	p.Move()
	fmt.Println(p, e == p)
}
