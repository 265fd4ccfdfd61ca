// Package rand is the template of math/rand/v2's generic function N (see
// package gostd); the rest of math/rand/v2 is the interpreter's.
package rand

import "github.com/divergo/divergo/session/check/gostd/rt"

// N returns a pseudo-random number in [0, n) from the global source, as
// math/rand/v2's N does (the same draw as Uint64N(uint64(n))); it panics
// if n <= 0.
func N[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](n T) T {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return T(rt.Uint64N(uint64(n)))
}
