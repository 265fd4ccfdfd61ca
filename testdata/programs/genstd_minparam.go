// slices.Min, slices.Max and the builtin min and max in methods of generic
// types whose type parameters are integers only or floating-point numbers
// only: NaN and −0 as Go orders them for the floats.
package main

import (
	"fmt"
	"math"
	"slices"
)

type Ints[T ~int | ~int64 | ~uint8] struct{ xs []T }

func (s Ints[T]) Span() (T, T) { return slices.Min(s.xs), slices.Max(s.xs) }
func (s Ints[T]) Clamp(x T) T  { return max(s.xs[0], min(x, s.xs[len(s.xs)-1])) }
func (s Ints[T]) Clip(c T) []T {
	var out []T
	for _, x := range s.xs {
		out = append(out, min(x, c))
	}
	return out
}

type Floats[T ~float32 | ~float64] struct{ xs []T }

func (s Floats[T]) Span() (T, T) { return slices.Min(s.xs), slices.Max(s.xs) }
func (s Floats[T]) Lo(x T) T     { return min(x, s.xs[0]) }

type Score uint8

func main() {
	fmt.Println(Ints[int]{[]int{4, -2, 9}}.Span())
	fmt.Println(Ints[Score]{[]Score{4, 200, 9}}.Span())
	fmt.Println(Ints[int64]{[]int64{1, 5}}.Clamp(7), Ints[int]{[]int{1, 5}}.Clamp(-3), Ints[int]{[]int{3, 1, 4}}.Clip(2))
	f := Floats[float64]{[]float64{1, math.NaN(), -3}}
	fmt.Println(f.Span())
	z := Floats[float64]{[]float64{0, math.Copysign(0, -1)}}
	lo, hi := z.Span()
	fmt.Println(math.Signbit(lo), math.Signbit(hi), math.Signbit(z.Lo(0)))
	fmt.Println(Floats[float32]{[]float32{2.5, 1.25}}.Span())
	fmt.Println(Floats[float64]{[]float64{2}}.Lo(math.NaN()))
}
