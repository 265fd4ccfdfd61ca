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
// below +0.
func Min__float[T ~float32 | ~float64](x T, y ...T) T {
	m := x
	for _, v := range y {
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
// above −0.
func Max__float[T ~float32 | ~float64](x T, y ...T) T {
	m := x
	for _, v := range y {
		if m != m {
			return m
		}
		if v != v || v > m || (v == 0 && m == 0 && 1/m < 0) {
			m = v
		}
	}
	return m
}
