package main

// Method expressions (T.Area, (*T).Scale, I.Area, a native type's) as
// values and called.

import (
	"fmt"
	"strings"
)

type T struct{ W, H float64 }

func (t T) Area() float64    { return t.W * t.H }
func (t *T) Scale(k float64) { t.W *= k; t.H *= k }

type I interface{ Area() float64 }

func apply(f func(T) float64, t T) float64 { return f(t) }

func main() {
	t := T{2, 3}
	fmt.Println(T.Area(t))
	(*T).Scale(&t, 2)
	fmt.Println(t)
	fmt.Println(apply(T.Area, t))
	fmt.Println(I.Area(t))
	up := strings.ToUpper
	fmt.Println(up("x"))
	fs := []func(T) float64{T.Area}
	fmt.Println(fs[0](t))
	var b strings.Builder
	w := (*strings.Builder).WriteString
	w(&b, "hi")
	fmt.Println(b.String())
}
