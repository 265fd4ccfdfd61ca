// Floats converted to integers wherever the conversion is written: from
// fields, array elements, pointers, method results, aliases and local
// named types, into named types, channels, anys and deferred calls; in a
// package variable's initializer, generic code whose float is a type
// parameter, a generic type's method, and through an interface method
// whose result type is declared after it.
package main

import (
	"fmt"
	"math"
)

type P struct{ X float64 }

func (p P) Get() float32 { return float32(p.X) }

type Alias = float64

type U8 uint8

var G = 3e9
var GI, GU = int32(G), uint16(G * 1.5)

func conv[T ~int8 | ~uint16 | ~int32, F ~float32 | ~float64](f F) T { return T(f) }

func all[F ~float32 | ~float64](f F) []any {
	return []any{int8(f), int16(f), int32(f), uint8(f), uint16(f), uint32(f)}
}

type Box[T float32 | float64] struct{ v T }

func (b Box[T]) I32() int32 { return int32(b.v) }

type Getter interface{ Get() Later }

type impl struct{ v Later }

func (i impl) Get() Later { return i.v }

type Later float32

func main() {
	type Local float64
	p := P{3e9 + 7}
	arr := [2]float64{5e9, -1e19}
	ptr := &p.X
	var a Alias = 4.2e9
	l := Local(math.NaN())
	c := func() float64 { return p.X }
	fmt.Println(int32(p.X), int16(arr[0]), uint32(arr[1]), int8(*ptr), uint8(p.Get()), int32(a), uint16(l), U8(c()))
	var xs []int32
	for _, v := range arr {
		xs = append(xs, int32(v))
	}
	fmt.Println(xs, int32(math.Max(p.X, math.MaxFloat64)), uint32(math.Inf(-1)))
	defer fmt.Println("deferred", int32(p.X))
	go func() {}()
	ch := make(chan int16, 1)
	ch <- int16(p.X)
	fmt.Println(<-ch)
	var i any = int32(p.X)
	fmt.Println(i)
	fmt.Printf("%d %v\n", int32(p.X), uint8(p.X))
	fmt.Println(GI, GU, conv[int32](p.X), conv[uint16](float32(-p.X)), conv[I8](Later(5e9)))
	fmt.Println(all(p.X), all(Later(-p.X)), Box[float64]{p.X}.I32(), Box[float32]{1e10}.I32())
	var g Getter = impl{-4e9}
	fmt.Println(int32(g.Get()), uint16(g.Get()))
	switch int32(p.X) {
	case math.MinInt32:
		fmt.Println("switch: min")
	default:
		fmt.Println("switch: other")
	}
}

type I8 int8
