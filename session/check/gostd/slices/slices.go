// Package slices is the template of Go's slices package (see package
// gostd). Each function does what the standard library's documents,
// including its panics and the zeroing of elements a deletion leaves past
// the new length.
package slices

import "github.com/divergo/divergo/session/check/gostd/rt"

// Ordered is cmp.Ordered (a template names no other package).
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// All returns an iterator over the indices and values of s, in order.
func All[S ~[]E, E any](s S) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Backward returns an iterator over the indices and values of s, last
// first.
func Backward[S ~[]E, E any](s S) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values returns an iterator over the values of s, in order.
func Values[S ~[]E, E any](s S) func(yield func(E) bool) {
	return func(yield func(E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(s[i]) {
				return
			}
		}
	}
}

// AppendSeq appends the values of seq to s.
func AppendSeq[S ~[]E, E any](s S, seq func(yield func(E) bool)) S {
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	return s
}

// Collect returns the values of seq in a new slice (nil when there are
// none).
func Collect[E any](seq func(yield func(E) bool)) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	return s
}

// Sorted returns the values of seq, sorted.
func Sorted[E Ordered](seq func(yield func(E) bool)) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	Sort[[]E, E](s)
	return s
}

// SortedFunc returns the values of seq sorted by cmp.
func SortedFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	SortFunc[[]E, E](s, cmp)
	return s
}

// SortedStableFunc returns the values of seq sorted by cmp, equal values
// in the order seq gave them.
func SortedStableFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	var s []E
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	SortStableFunc[[]E, E](s, cmp)
	return s
}

// Chunk returns an iterator over consecutive sub-slices of s of n
// elements (the last may be shorter), each with its capacity clipped.
func Chunk[S ~[]E, E any](s S, n int) func(yield func(S) bool) {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(S) bool) {
		for i := 0; i < len(s); i += n {
			end := len(s)
			if len(s)-i > n {
				end = i + n
			}
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}

// Sort sorts s in increasing order (NaNs first).
func Sort[S ~[]E, E Ordered](s S) {
	rt.SortSlice(s, func(i, j int) bool { return (s[i] != s[i] && s[j] == s[j]) || s[i] < s[j] })
}

// Sort of the basic types, natively.
func Sort__float64[S ~[]float64](s S) { rt.SortFloat64s([]float64(s)) }
func Sort__int[S ~[]int](s S)         { rt.SortInts([]int(s)) }
func Sort__string[S ~[]string](s S)   { rt.SortStrings([]string(s)) }

// SortFunc sorts s by cmp (a negative result: a before b).
func SortFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	rt.SortSlice(s, func(i, j int) bool { return cmp(s[i], s[j]) < 0 })
}

// SortStableFunc sorts s by cmp, equal elements keeping their order.
func SortStableFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	rt.SortSliceStable(s, func(i, j int) bool { return cmp(s[i], s[j]) < 0 })
}

// IsSorted reports whether s is in increasing order.
func IsSorted[S ~[]E, E Ordered](s S) bool {
	for i := len(s) - 1; i > 0; i-- {
		if (s[i] != s[i] && s[i-1] == s[i-1]) || s[i] < s[i-1] {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether s is in increasing order by cmp.
func IsSortedFunc[S ~[]E, E any](s S, cmp func(a, b E) int) bool {
	for i := len(s) - 1; i > 0; i-- {
		if cmp(s[i], s[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in the sorted s: the index of its first
// occurrence and true, or where it would be inserted and false.
func BinarySearch[S ~[]E, E Ordered](s S, target E) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if (s[m] != s[m] && target == target) || s[m] < target {
			lo = m + 1
		} else {
			hi = m
		}
	}
	found := lo < len(s) && (s[lo] == target || (s[lo] != s[lo] && target != target))
	return lo, found
}

// BinarySearchFunc is BinarySearch by cmp(element, target).
func BinarySearchFunc[S ~[]E, E, T any](s S, target T, cmp func(E, T) int) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cmp(s[m], target) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(s) && cmp(s[lo], target) == 0
}

// Min returns the smallest value of s; it panics when s is empty.
func Min[S ~[]E, E Ordered](s S) E {
	if len(s) < 1 {
		panic("slices.Min: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if s[i] < m {
			m = s[i]
		}
	}
	return m
}

// Min of floating-point values: a NaN anywhere gives NaN; −0 is below +0.
func Min__float[S ~[]E, E ~float32 | ~float64](s S) E {
	if len(s) < 1 {
		panic("slices.Min: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if m != m {
			return m
		}
		if s[i] != s[i] || s[i] < m || (s[i] == 0 && m == 0 && 1/s[i] < 0) {
			m = s[i]
		}
	}
	return m
}

// Max returns the largest value of s; it panics when s is empty.
func Max[S ~[]E, E Ordered](s S) E {
	if len(s) < 1 {
		panic("slices.Max: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if s[i] > m {
			m = s[i]
		}
	}
	return m
}

// Max of floating-point values: a NaN anywhere gives NaN; +0 is above −0.
func Max__float[S ~[]E, E ~float32 | ~float64](s S) E {
	if len(s) < 1 {
		panic("slices.Max: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if m != m {
			return m
		}
		if s[i] != s[i] || s[i] > m || (s[i] == 0 && m == 0 && 1/m < 0) {
			m = s[i]
		}
	}
	return m
}

// MinFunc returns the first minimal value of s by cmp; it panics when s is
// empty.
func MinFunc[S ~[]E, E any](s S, cmp func(a, b E) int) E {
	if len(s) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if cmp(s[i], m) < 0 {
			m = s[i]
		}
	}
	return m
}

// MaxFunc returns the first maximal value of s by cmp; it panics when s is
// empty.
func MaxFunc[S ~[]E, E any](s S, cmp func(a, b E) int) E {
	if len(s) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if cmp(s[i], m) > 0 {
			m = s[i]
		}
	}
	return m
}

// Index returns the index of the first v in s, or −1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or −1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	for i := range s {
		if v == s[i] {
			return true
		}
	}
	return false
}

// ContainsFunc reports whether an element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	for i := range s {
		if f(s[i]) {
			return true
		}
	}
	return false
}

// Equal reports whether s1 and s2 have the same length and equal
// elements (a NaN equals nothing).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal by eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element (cmp.Compare), then by
// length.
func Compare[S ~[]E, E Ordered](s1, s2 S) int {
	for i := 0; i < len(s1); i++ {
		if i >= len(s2) {
			return +1
		}
		x, y := s1[i], s2[i]
		c := 0
		if x != x {
			if y == y {
				c = -1
			}
		} else if y != y {
			c = +1
		} else if x < y {
			c = -1
		} else if x > y {
			c = +1
		}
		if c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is Compare by cmp.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i := 0; i < len(s1); i++ {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Clone returns a copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Clip removes the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Grow makes room for n more elements in s; it panics when n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Concat returns the slices joined in a new slice (nil when they are all
// empty).
func Concat[S ~[]E, E any](ss ...S) S {
	size := 0
	for _, s := range ss {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	if size == 0 {
		return nil
	}
	out := make(S, 0, size)
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

// Repeat returns s repeated count times; it panics when count is negative
// or the result too long.
func Repeat[S ~[]E, E any](s S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s) > 0 && count > maxInt/len(s) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, 0, len(s)*count)
	for i := 0; i < count; i++ {
		out = append(out, s...)
	}
	return out
}

// Insert inserts vs at index i of s and returns the result; it panics when
// i is out of range.
func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	_ = s[i:] // bounds check, as Go's
	m := len(vs)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, vs...)
	}
	if n+m > cap(s) {
		out := make(S, 0, n+m)
		out = append(out, s[:i]...)
		out = append(out, vs...)
		return append(out, s[i:]...)
	}
	// Room enough: move the tail, then copy vs (through a copy, in case vs
	// shares s's array).
	tmp := append([]E{}, vs...)
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], tmp)
	return s
}

// Delete removes s[i:j] and zeroes the elements past the new length; it
// panics when the range is out of bounds.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check, as Go's
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	var zero E
	for k := len(s); k < oldlen; k++ {
		s[:oldlen][k] = zero
	}
	return s
}

// DeleteFunc removes the elements for which del is true, zeroing the
// elements past the new length.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := 0
	for ; i < len(s); i++ {
		if del(s[i]) {
			break
		}
	}
	if i == len(s) {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

// Compact replaces runs of equal elements by one, zeroing the elements
// past the new length.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

// CompactFunc is Compact by eq, keeping the first of each run.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

// Replace replaces s[i:j] by vs and returns the result; it panics when
// the range is out of bounds.
func Replace[S ~[]E, E any](s S, i, j int, vs ...E) S {
	_ = s[i:j] // bounds check, as Go's
	if i == j {
		return Insert[S, E](s, i, vs...)
	}
	if j == len(s) && i+len(vs) <= cap(s) {
		s2 := append(s[:i], vs...)
		if len(s2) < len(s) {
			var zero E
			for k := len(s2); k < len(s); k++ {
				s[k] = zero
			}
		}
		return s2
	}
	if tot := i + len(vs) + len(s) - j; tot > cap(s) {
		// A new array; s is left as it was.
		out := make(S, 0, tot)
		out = append(out, s[:i]...)
		out = append(out, vs...)
		return append(out, s[j:]...)
	}
	tail := append([]E{}, s[j:]...)
	head := append([]E{}, vs...)
	oldlen := len(s)
	out := append(s[:i], head...)
	out = append(out, tail...)
	if len(out) < oldlen {
		var zero E
		for k := len(out); k < oldlen; k++ {
			s[k] = zero
		}
	}
	return out
}
