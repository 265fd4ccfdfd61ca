package main

// divergo run refuses: C is a type with methods whose underlying type is int, and the interpreter would give the standard library its wrapper
import "fmt"

type P struct{ X int }

func (p P) Norm() int { return p.X }

type Q struct{ X int }

func (q *Q) Inc() { q.X++ }

type C int

func (c C) Area() float64 { return float64(c) }

type S []int

func (s S) Sum() int { return len(s) }

type M map[string]int

func (m M) Len() int { return len(m) }

type F func() int

func (f F) Call() int { return f() }

func show(v any) { fmt.Println(v) }

func main() {
	var a any = P{1}
	var b any = &Q{2}
	var c any = C(3)
	var d any = S{4}
	var e any = M{"k": 5}
	fmt.Println(a, c, d, e)
	fmt.Printf("%v %v %v %v\n", a, c, d, e)
	_ = b
	show(C(6))
	fmt.Println(fmt.Sprint(C(7)))
}
