// Package builtin is the template of the builtins min and max for the
// interpreter, which lacks them (see package gostd). A call with constant
// arguments only is folded by the checker instead.
package builtin

// Ordered is cmp.Ordered.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Min is min(x, y…).
func Min[T Ordered](x T, y ...T) T {
	m := x
	for _, v := range y {
		if v < m {
			m = v
		}
	}
	return m
}

// Min__float is min of floating-point values: a NaN gives NaN, −0 is
// below +0. Its operands are all variadic, which the interpreter copies
// as they are (it drops a −0 given to a parameter: see check's negzero.go).
func Min__float[T ~float32 | ~float64](xs ...T) T {
	m := xs[0]
	for _, v := range xs[1:] {
		if m != m {
			return m
		}
		if v != v || v < m || (v == 0 && m == 0 && 1/v < 0) {
			m = v
		}
	}
	return m
}

// Max is max(x, y…).
func Max[T Ordered](x T, y ...T) T {
	m := x
	for _, v := range y {
		if v > m {
			m = v
		}
	}
	return m
}

// Max__float is max of floating-point values: a NaN gives NaN, +0 is
// above −0. Its operands are all variadic (see Min__float).
func Max__float[T ~float32 | ~float64](xs ...T) T {
	m := xs[0]
	for _, v := range xs[1:] {
		if m != m {
			return m
		}
		if v != v || v > m || (v == 0 && m == 0 && 1/m < 0) {
			m = v
		}
	}
	return m
}
