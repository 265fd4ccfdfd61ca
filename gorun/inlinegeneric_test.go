package gorun

import (
	"strings"
	"testing"
)

const inlineProg = `package main

import (
	"cmp"
	"fmt"
)

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) Copy() *Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		r.m[x] = struct{}{}
	}
	return r
}

func Least[T cmp.Ordered](xs []T) T {
	if len(xs) == 1 {
		return xs[0]
	}
	return min(xs[0], Least(xs[1:]))
}

func (s *Set[T]) Hidden() *Set[T] {
	Set := 1
	_ = Set
	return NewSet[T]()
}

type Nums[T cmp.Ordered] struct{ xs []T }

func (n Nums[T]) Low() T { return Least(n.xs) }

func main() {
	fmt.Println(len(NewSet(1, 2).Copy().m), Nums[int]{[]int{3, 1}}.Low())
}
`

// A call on generic code's type parameters is written in place, on the
// call's line, recursion through a variable of the enclosing literal; a
// call where a local name (Set) would hide one of the generic's is left.
func TestInlineGenericCalls(t *testing.T) {
	out := monomorphize(t, inlineProg)
	for _, want := range []string{
		"\tr := (func() func(xs ... T) * Set[T] { var __divergo_inl_1 func(xs ... T) * Set[T]; __divergo_inl_1 = func(xs ... T) * Set[T] {",
		"return min(xs[0], __divergo_inl_", // Least's recursion, inside its literal
		"\treturn NewSet[T]()\n",           // Hidden: its Set hides the type
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if got, want := strings.Count(out[:strings.Index(out, "func main()")], "\n"), strings.Count(inlineProg[:strings.Index(inlineProg, "func main()")], "\n"); got != want {
		t.Errorf("main moved from line %d to %d:\n%s", want+1, got+1, out)
	}
}
