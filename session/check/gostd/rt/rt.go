// Package rt is the native side of the gostd templates: functions the
// interpreter calls natively from a monomorphized template. The session
// and `divergo run` put them in the interpreter's runtime package
// (check.ModernSymbols).
package rt

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"sync"
)

// Uint64N is math/rand/v2's Uint64N, for the template of rand.N.
func Uint64N(n uint64) uint64 { return rand.Uint64N(n) }

// Mutex is sync.Mutex, for the templates of sync.OnceValue and
// atomic.Pointer.
type Mutex = sync.Mutex

// SortSlice sorts the slice x by less (sort.Slice: pdqsort, the algorithm
// and choices of slices.SortFunc, so that equal elements end in the order
// Go's slices.SortFunc leaves them).
func SortSlice(x any, less func(i, j int) bool) { sort.Slice(x, less) }

// SortSliceStable sorts the slice x by less, keeping equal elements in
// their order (sort.SliceStable).
func SortSliceStable(x any, less func(i, j int) bool) { sort.SliceStable(x, less) }

// SortFloat64s, SortInts and SortStrings are slices.Sort of the basic
// types, natively (NaNs first, as cmp.Less orders them).
func SortFloat64s(x []float64) { slices.Sort(x) }
func SortInts(x []int)         { slices.Sort(x) }
func SortStrings(x []string)   { slices.Sort(x) }

// Clear is the builtin clear of a map or slice given as any: every entry
// of a map deleted (NaN keys too), every element of a slice zeroed.
func Clear(x any) {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Map || v.Kind() == reflect.Slice {
		v.Clear()
	}
}
