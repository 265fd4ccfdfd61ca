package check

// This file makes a conversion of a floating-point value to an integer
// type give gc's integer when the value does not fit. Go's specification
// leaves that value to the implementation; gc on amd64 converts to a
// 32-bit integer with one instruction that gives 0x80000000 for a value
// out of int32's range (NaN and ±Inf too), and to int8, int16, uint8 and
// uint16 through that 32-bit integer. The interpreter (yaegi v0.16.1,
// interp/run.go's convert) converts with reflect.Value.Convert, which
// makes an int64 (or uint64) and keeps its low bits:
//
//	var f float64 = 3e9; int32(f)    gc -2147483648, the interpreter -1294967296
//	int16(f)                          gc 0, the interpreter 24064
//	uint32(1e19)                      gc 0, the interpreter 2313682944
//
// No text is lowered: the interpreter calls a conversion hook (package
// interp's hooks, given to Use under "github.com/traefik/yaegi/…") for
// each conversion it compiles, and FloatToInt gives it, for a
// floating-point source and an integer destination, a native conversion
// compiled by gc — the same instruction as the program's under go run,
// whatever the architecture. That covers conversions to named integer
// types, from named float types, and in generic code. It costs no more
// than reflect's conversion: BenchmarkFloatToIntLoop, 1e7 in-range
// conversions in a loop, took 1.0–2.1 s against reflect's 1.5–3.0 s on a
// busy 2-core machine, and allocates nothing where reflect allocated once
// a conversion.
//
// A conversion of a constant is folded by the interpreter and never
// reaches the hook; Go refuses a constant that does not fit, so the value
// is exact and the same.

import (
	"reflect"
)

// ConversionHooks are the conversion hooks for the interpreter of a
// session or a program (interp.Use's argument; the key's directory is
// the interpreter's own import path, which Use reads as its hooks).
func ConversionHooks() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		"github.com/traefik/yaegi/divergo": {"convert": reflect.ValueOf(FloatToInt)},
	}
}

// FloatToInt is the interpreter's conversion hook (see above): for a
// conversion from a floating-point type to an integer type it returns a
// function that converts src natively, as gc does, and stores the result
// in dest; for other conversions nil (the interpreter's own).
func FloatToInt(from, to reflect.Type) func(src, dest reflect.Value) {
	f32 := false
	switch from.Kind() {
	case reflect.Float32:
		f32 = true
	case reflect.Float64:
	default:
		return nil
	}
	var signed func(reflect.Value) int64
	var unsigned func(reflect.Value) uint64
	switch to.Kind() {
	case reflect.Int8:
		signed = signedOf[int8](f32)
	case reflect.Int16:
		signed = signedOf[int16](f32)
	case reflect.Int32:
		signed = signedOf[int32](f32)
	case reflect.Int64:
		signed = signedOf[int64](f32)
	case reflect.Int:
		signed = signedOf[int](f32)
	case reflect.Uint8:
		unsigned = unsignedOf[uint8](f32)
	case reflect.Uint16:
		unsigned = unsignedOf[uint16](f32)
	case reflect.Uint32:
		unsigned = unsignedOf[uint32](f32)
	case reflect.Uint64:
		unsigned = unsignedOf[uint64](f32)
	case reflect.Uint:
		unsigned = unsignedOf[uint](f32)
	case reflect.Uintptr:
		unsigned = unsignedOf[uintptr](f32)
	default:
		return nil
	}
	if signed != nil {
		return func(src, dest reflect.Value) {
			n := signed(src)
			if dest.Type() == to {
				dest.SetInt(n)
				return
			}
			v := reflect.New(to).Elem()
			v.SetInt(n)
			dest.Set(v)
		}
	}
	return func(src, dest reflect.Value) {
		n := unsigned(src)
		if dest.Type() == to {
			dest.SetUint(n)
			return
		}
		v := reflect.New(to).Elem()
		v.SetUint(n)
		dest.Set(v)
	}
}

// signedOf returns the native conversion of a float64 or (f32) float32
// value to T, widened back to int64 (exactly: it fits).
func signedOf[T int8 | int16 | int32 | int64 | int](f32 bool) func(reflect.Value) int64 {
	if f32 {
		// The value is a float32's, so narrowing it back is exact, and
		// the conversion is gc's from float32.
		return func(v reflect.Value) int64 { return int64(T(float32(v.Float()))) }
	}
	return func(v reflect.Value) int64 { return int64(T(v.Float())) }
}

// unsignedOf returns the native conversion of a float64 or (f32) float32
// value to T, widened back to uint64 (exactly: it fits).
func unsignedOf[T uint8 | uint16 | uint32 | uint64 | uint | uintptr](f32 bool) func(reflect.Value) uint64 {
	if f32 {
		return func(v reflect.Value) uint64 { return uint64(T(float32(v.Float()))) }
	}
	return func(v reflect.Value) uint64 { return uint64(T(v.Float())) }
}
