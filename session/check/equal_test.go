package check

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// equalPanic is Equal's panic text for pair, "" when it answers.
func equalPanic(pair []any) (eq bool, msg string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				msg = e.Error()
			} else {
				msg = r.(string)
			}
		}
	}()
	return Equal(pair), ""
}

func TestEqualNative(t *testing.T) {
	var nilp *int
	x := 3
	for _, c := range []struct {
		a, b any
		want bool
	}{
		{3, 3, true},
		{3, 4, false},
		{3, int64(3), false},
		{"a", "a", true},
		{math.NaN(), math.NaN(), false},
		{nil, nil, true},
		{nil, nilp, false},
		{nilp, nilp, true},
		{&x, &x, true},
		{&x, new(int), false},
		{[2]any{1, "a"}, [2]any{1, "a"}, true},
		{[2]any{1, []int{}}, [2]any{2, []int{}}, false}, // decided before the slice
		{[]int{1}, "x", false},                          // types differ: no panic
	} {
		if got, msg := equalPanic([]any{c.a, c.b}); got != c.want || msg != "" {
			t.Errorf("Equal(%#v, %#v) = %v %q, want %v", c.a, c.b, got, msg, c.want)
		}
		if want := c.a == c.b; want != c.want {
			t.Errorf("the case %#v == %#v is wrong: Go says %v", c.a, c.b, want)
		}
	}
	for _, c := range [][]any{{[]int{1}, []int{1}}, {map[int]int{}, map[int]int{}}, {[2]any{1, []int{}}, [2]any{1, []int{}}}} {
		_, msg := equalPanic(c)
		want := "runtime error: comparing uncomparable type " + reflect.TypeOf(c[0]).String()
		if _, ok := c[0].([2]any); ok {
			want = "runtime error: comparing uncomparable type []int"
		}
		if msg != want {
			t.Errorf("Equal(%#v) panicked %q, want %q", c, msg, want)
		}
	}
}

// TestEqualInterpreted compares values the interpreter keeps in anys
// through its wrappers, as the lowered code hands them to Equal.
func TestEqualInterpreted(t *testing.T) {
	const decls = `
package main
import "rt"
type C float64
func (c C) String() string { return "c" }
func (c C) Norm() int { return 1 }
type D float64
func (d D) String() string { return "d" }
type P struct{ X, Y int }
func (p P) Norm() int { return p.X }
type Q struct{ X int }
func (q *Q) Norm() int { return q.X }
type Normer interface{ Norm() int }
type Bag struct{ items []string }
func (b Bag) Len() int { return len(b.items) }
type Pair struct{ A, B any }
func (p Pair) First() any { return p.A }
func bare() any { return P{1, 2} }
`
	for _, c := range []struct{ body, want string }{
		{`var a, b any = C(3), C(3); r(a, b)`, "true"},
		{`var a, b any = C(3), C(4); r(a, b)`, "false"},
		{`var a, b any = C(3), D(3); r(a, b)`, "false"},
		{`var a, b any = C(3), 3.0; r(a, b)`, "false"},
		{`p := P{1, 2}; var a, b any = p, p; r(a, b)`, "true"},
		{`p, p2 := P{1, 2}, P{2, 1}; var a, b any = p, p2; r(a, b)`, "false"},
		{`q := &Q{1}; var a, b any = q, q; r(a, b)`, "true"},
		{`q, q2 := &Q{1}, &Q{1}; var a, b any = q, q2; r(a, b)`, "false"},
		{`var q *Q; var a any = q; var b any; r(a, b)`, "false"},
		{`var a, b Normer = P{3, 4}, P{3, 4}; r(a, b)`, "true"},
		{`var a, b Normer = P{3, 4}, &Q{3}; r(a, b)`, "false"},
		{`x, y := Pair{C(1), P{1, 1}}, Pair{C(1), P{1, 1}}; var a, b any = x, y; r(a, b)`, "true"},
		{`x, y := Pair{C(1), P{1, 1}}, Pair{C(1), P{1, 2}}; var a, b any = x, y; r(a, b)`, "false"},
		{`x, y := Pair{C(1), 1}, Pair{D(1), 1}; var a, b any = x, y; r(a, b)`, "false"},
		{`x := Bag{}; var a, b any = x, x; r(a, b)`, "panic: runtime error: comparing uncomparable type main.Bag"},
		{`x := Bag{}; var a, b any = x, C(1); r(a, b)`, "false"},
		{`var a, b Normer = Normer(C(1)), C(1); r(a, b)`, "panic: divergo: comparing a value the interpreter keeps in an interface without its type"},
		{`p := P{1, 2}; var a any = p; r(a, bare())`, "panic: divergo: comparing a P with a value the interpreter keeps in an interface without its type"},
	} {
		var got string
		i := interp.New(interp.Options{})
		i.Use(stdlib.Symbols)
		i.Use(interp.Exports{"rt/rt": {
			"Equal": reflect.ValueOf(Equal),
			"Report": reflect.ValueOf(func(pair []any) {
				eq, msg := equalPanic(pair)
				if msg != "" {
					got = "panic: " + msg
				} else if eq {
					got = "true"
				} else {
					got = "false"
				}
			}),
		}})
		if _, err := i.Eval(decls + "func r(a, b any) { rt.Report([]any{a, b}) }\nfunc main() {" + c.body + "}"); err != nil {
			t.Errorf("%s: %v", c.body, err)
			continue
		}
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: Equal gave %q, want %q", c.body, got, c.want)
		}
	}
}
