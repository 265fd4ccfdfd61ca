package main

// == and != of interface values holding values of the program's types
// with methods: Go compares the dynamic types, then the values; the
// interpreter keeps such a value in an interface through a wrapper and
// compared the wrappers (two equal Celsius compared unequal). Lowered to
// divergo's Equal, which compares the types by name and then the values.

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type P struct{ X, Y int }

func (p P) Norm() int { return p.X*p.X + p.Y*p.Y }

type Q struct{ X, Y, Z int }

func (q *Q) Norm() int { return q.X }

type Named string

func (n Named) Hi() string { return "hi " + string(n) }

type Normer interface{ Norm() int }

type Pair struct {
	A, B any
}

func (p Pair) First() any { return p.A }

func same(a, b any) bool { return a == b }

func main() {
	var a, b any = Celsius(3), Celsius(3)
	var c any = Celsius(4)
	var f any = 3.0
	fmt.Println(a == b, a != b, a == c, a == f, same(a, b), same(b, c))
	pa, pb := P{1, 2}, P{2, 1}
	var p1, p2, p3 any = pa, pa, pb
	fmt.Println(p1 == p2, p1 == p3, p1 == a, p1 == P{1, 2}, P{2, 1} != p1)
	q := &Q{1, 2, 3}
	var q1, q2, q3 any = q, q, &Q{1, 2, 3}
	fmt.Println(q1 == q2, q1 == q3)
	var n1, n2 Normer = P{3, 4}, P{3, 4}
	var n3 Normer = q
	var n4 Normer = q
	fmt.Println(n1 == n2, n1 == n3, n3 == n4, n1 != n2, n3 != n4)
	var tn *Q
	var n5 Normer = tn
	var e, e2 any = tn, tn
	var none any
	fmt.Println(n5 == nil, e == nil, e == e2, e == q1, none == e, none == nil)
	var s1, s2, s3 any = Named("a"), Named("a"), "a"
	fmt.Println(s1 == s2, s1 == s3)
	xa, xb := Pair{Celsius(1), P{1, 1}}, Pair{Celsius(1), P{1, 2}}
	var x1, x2, x3 any = xa, xa, xb
	fmt.Println(x1 == x2, x1 == x3)
	switch a {
	case Celsius(4):
		fmt.Println("four")
	case Celsius(3):
		fmt.Println("three")
	default:
		fmt.Println("default")
	}
	switch n1 {
	case P{1, 1}:
		fmt.Println("p11")
	case P{3, 4}:
		fmt.Println("p34")
	}
	switch f {
	case Celsius(3):
		fmt.Println("a Celsius")
	case 3.0:
		fmt.Println("a float64")
	}
	seen := []any{}
	for _, v := range []any{Celsius(1), P{1, 1}, Celsius(1), q, P{1, 1}, q, Celsius(2)} {
		dup := false
		for _, s := range seen {
			if s == v {
				dup = true
			}
		}
		if !dup {
			seen = append(seen, v)
		}
	}
	fmt.Println(len(seen))
}
