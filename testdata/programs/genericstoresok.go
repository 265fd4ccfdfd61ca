// Generic functions that store a value of their type parameter in an
// interface run when the type argument has no String, Error or Format
// method; a T given to fmt itself keeps its String or Format method, and
// one stored in an interface of the standard library with methods
// (fmt.Stringer, error) keeps them.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type F int

func (f F) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "F<%d>", int(f)) }

type Plain struct{ X, Y int }

func D[T any](v T) any   { return v }
func L[T any](v T) []any { return []any{v} }
func M[T any](v T) map[string]any {
	m := map[string]any{"k": v}
	m["j"] = []T{v}
	return m
}
func S[T any](v T) { var x any = v; fmt.Println(x) }

func Show[T any](v T)                         { fmt.Println(v); fmt.Printf("%v|%s\n", v, v) }
func Str[T fmt.Stringer](v T) fmt.Stringer    { return v }
func Strs[T fmt.Stringer](v T) []fmt.Stringer { return []fmt.Stringer{v} }
func Err[E error](e E) error                  { return e }

// Uses of v that reach no interface.
func Pair[T any](v T) [2]T  { return [2]T{v, v} }
func First[T any](xs []T) T { return xs[0] }

func main() {
	fmt.Println(D(2.5), D("a"), D(Plain{1, 2}), L(3), M(4))
	S(Plain{5, 6})
	Show(Temp(3))
	Show(F(4))
	Show(&[]Temp{8}[0])
	fmt.Println(Str(Temp(1)), Strs(Temp(2)), Err(Code(5)))
	fmt.Println(errors.Unwrap(fmt.Errorf("w: %w", Err(Code(6)))))
	p := Pair(Temp(7))
	fmt.Println(p[0], First(p[:]), len(p))
}
