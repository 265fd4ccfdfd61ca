package check

import (
	"math"
	"reflect"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// TestFloatToInt compares the hook's conversions with gc's own, written
// out for each source and destination type, on values in and out of range.
func TestFloatToInt(t *testing.T) {
	vals := []float64{0, -0.5, 1.9, -1, -129, 255.9, 300, -300, 70000, -70000, 3e9 + 1, -3e9, 5e9, 4.2e9,
		9.3e18, 1e19, 1.8e19, -1e19, 1e30, -1e30, math.NaN(), math.Inf(1), math.Inf(-1)}
	conv := func(src any, dst reflect.Type) reflect.Value {
		t.Helper()
		fn := FloatToInt(reflect.TypeOf(src), dst)
		if fn == nil {
			t.Fatalf("no conversion from %T to %v", src, dst)
		}
		out := reflect.New(dst).Elem()
		fn(reflect.ValueOf(src), out)
		return out
	}
	for _, f := range vals {
		g := float32(f)
		for _, c := range []struct {
			src  any
			want []any
		}{
			{f, []any{int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f)}},
			{g, []any{int8(g), int16(g), int32(g), int64(g), int(g), uint8(g), uint16(g), uint32(g), uint64(g), uint(g), uintptr(g)}},
		} {
			for _, want := range c.want {
				got := conv(c.src, reflect.TypeOf(want)).Interface()
				if got != want {
					t.Errorf("%T(%T(%v)) = %v, gc %v", want, c.src, c.src, got, want)
				}
			}
		}
	}
	// A named destination type, and a destination of another type (the
	// interpreter's frame may hold the value as its underlying type).
	type myInt32 int32
	fn := FloatToInt(reflect.TypeOf(float64(0)), reflect.TypeOf(myInt32(0)))
	var dst any = int32(7)
	out := reflect.ValueOf(&dst).Elem()
	fn(reflect.ValueOf(3e9), out)
	if got, ok := dst.(myInt32); !ok || got != myInt32(math.MinInt32) {
		t.Errorf("myInt32(3e9) into an any: %#v", dst)
	}
	if FloatToInt(reflect.TypeOf(0), reflect.TypeOf(int32(0))) != nil || FloatToInt(reflect.TypeOf(0.0), reflect.TypeOf(0.0)) != nil {
		t.Error("a conversion other than float to integer is hooked")
	}
}

// BenchmarkFloatToIntLoop times a loop of 1e7 in-range conversions in
// the interpreter with the hook and with the interpreter's own
// conversion (reflect.Value.Convert): the hook must cost no more.
//
//	go test ./session/check -run '^$' -bench FloatToIntLoop -count 5
func BenchmarkFloatToIntLoop(b *testing.B) {
	const src = `package main

func Loop() int32 {
	var s int32
	f := 1.5
	for i := 0; i < 10000000; i++ {
		s += int32(f)
	}
	return s
}`
	for _, hooked := range []bool{false, true} {
		name := "reflect"
		if hooked {
			name = "hook"
		}
		b.Run(name, func(b *testing.B) {
			in := interp.New(interp.Options{})
			if hooked {
				if err := in.Use(interp.Exports(ConversionHooks())); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := in.Eval(src); err != nil {
				b.Fatal(err)
			}
			v, err := in.Eval("main.Loop")
			if err != nil {
				b.Fatal(err)
			}
			loop := v.Interface().(func() int32)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if got := loop(); got != 10000000 {
					b.Fatalf("Loop() = %d", got)
				}
			}
		})
	}
}
