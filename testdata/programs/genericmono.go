// Generic functions whose type arguments have String and Error methods,
// which the interpreter's generics lost: divergo run writes each
// instantiation as a function of its own (lowerGenericFuncs) — a recursive
// one, a generic calling a generic (explicitly and inferred), function
// values, pointer type arguments, two type parameters, a constant
// conversion to the type parameter (not a constant in Go: 0.1*3 computed
// in float64).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS", p.N) }

// Recursion: the copy calls itself.
func Repeat[T any](v T, n int) []T {
	if n == 0 {
		return nil
	}
	return append(Repeat(v, n-1), v)
}

// A generic calling a generic, explicitly and inferred.
func Show[T any](v T) string                     { return fmt.Sprint(v) }
func Both[T any](v T) string                     { return Show[T](v) + "|" + Show(v) }
func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func Sum[N ~int | ~float64](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func Const[T ~float64]() T { return T(0.1) * T(3) }

func TypeOf[T any](v T) string { return fmt.Sprintf("%T", v) }

func Errs[E error](e E) error { return fmt.Errorf("wrapped: %w", e) }

func main() {
	fmt.Println(Repeat(Temp(3), 3))
	fmt.Println(Both(Temp(2)), Both(Code(5)), Both[*PS](&PS{7}), Both(PS{8}))
	f := Show[Temp]
	g := Both[Code]
	fmt.Println(f(4), g(6))
	fmt.Println(Pair("a", Temp(1)), len(Pair(Code(1), []Temp{1, 2})))
	fmt.Println(Sum(Temp(1), Temp(2)), Sum(1, 2, 3), Sum[float64](0.1, 0.2))
	fmt.Println(Const[float64](), Const[Temp](), float64(Const[Temp]()) == 0.3)
	fmt.Println(TypeOf(Temp(1)), TypeOf(&PS{}), TypeOf(Code(2)))
	err := Errs(Code(3))
	var c Code
	fmt.Println(err, errors.As(err, &c), c)
	fmt.Printf("%T %T %v %d\n", f, Temp(1), Show[[]Temp]([]Temp{1}), Code(4))
	fmt.Println(strings.Repeat("-", 3))
}
