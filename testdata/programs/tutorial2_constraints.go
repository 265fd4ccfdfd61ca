// Generic constraints with ~: a Number union of ~int and ~float64 so named
// types like Meters and Score qualify, Sum and Mean over them, a Stringish
// constraint combining ~string with a method, and an interface constraint
// with a method used by a generic function.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64
type Score int

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Path []Meters

func (p Path) Total() Meters { return Sum(p) }

type Shouter interface {
	~string
	Shout() string
}

type Word string

func (w Word) Shout() string { return strings.ToUpper(string(w)) + "!" }

func ShoutAll[T Shouter](ws []T) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Shout() + fmt.Sprint(len(w))
	}
	return strings.Join(parts, " ")
}

type Sizer interface{ Size() int }

type File struct {
	name  string
	bytes int
}

func (f File) Size() int { return f.bytes }

func Largest[T Sizer](xs []T) (best T) {
	for i, x := range xs {
		if i == 0 || x.Size() > best.Size() {
			best = x
		}
	}
	return
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Sum([]Meters{1.5, 2.5}), Mean([]Score{90, 85, 77}))
	p := Path{100, 250.5, 49.5}
	scaled := Scale(p, 2)
	fmt.Printf("%v %T %v\n", scaled, scaled, scaled.Total())
	fmt.Println(ShoutAll([]Word{"hi", "there"}))
	fmt.Println(Largest([]File{{"a", 10}, {"b", 300}, {"c", 20}}))
	fmt.Println(Mean[int](nil), Sum[int64]([]int64{1 << 40, 1}))
}
