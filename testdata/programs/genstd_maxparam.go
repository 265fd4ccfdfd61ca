// divergo run refuses: slices.Max inside a generic function, on its type parameter
// slices.Max in a method of a generic type on a cmp.Ordered type
// parameter: Go's Max of floats gives NaN for any NaN and orders −0 below
// +0, and divergo's lowering, written once for every type T may be, cannot
// tell a float64 from an int there.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Stats[T cmp.Ordered] struct{ xs []T }

func (s Stats[T]) Top() T { return slices.Max(s.xs) }

func main() {
	fmt.Println(Stats[int]{[]int{1, 3, 2}}.Top())
	fmt.Println(Stats[float64]{[]float64{1, 3, 2}}.Top())
}
