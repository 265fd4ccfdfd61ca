// More copies of generic functions: a partial explicit instantiation
// (Pair[string]), a generic passed uninstantiated as a function value
// (apply(Str, …)), a type argument declared inside main (left generic),
// a generic instantiated with a generic type (Box[int]), a deferred
// recover in a copy, a closure that a copy returns, two type parameters
// one of which is inferred from a function literal.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Box[T any] struct{ V T }

func Show2[T any](v T) T { return v }

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, "=", v) }

func apply[T any](f func(T) string, v T) string { return f(v) }

func Str[T fmt.Stringer](v T) string { return v.String() }

func Safe[T any](xs []T, i int) (r T, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	return xs[i], nil
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int { n++; return n }
}

func SortBy[T any, K int | string](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func Join[T fmt.Stringer](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ",")
}

func main() {
	type local int
	fmt.Println(Pair[string]("a", 1), Pair(local(2), Temp(3)))
	fmt.Println(apply(Str, Temp(4)), apply(Str[Temp], Temp(5)))
	fmt.Println(Show2(Box[int]{7}).V, Show2(Box[Temp]{8}).V)
	fmt.Println(Safe([]Temp{1}, 0))
	fmt.Println(Safe([]Temp{1}, 3))
	c := Counter[Temp]()
	c(1)
	fmt.Println(c(2))
	xs := []Temp{3, 1, 2}
	SortBy(xs, func(t Temp) int { return int(t) })
	fmt.Println(Join(xs), len(xs))
	m := Str[Temp]
	fmt.Printf("%T\n", m)
}
