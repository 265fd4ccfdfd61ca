package main

// Deferred calls that pass a slice to a variadic parameter (f(a, s...)):
// the interpreter gave the slice as one element (defer fmt.Println(xs...)
// printed [a 1]) or panicked (reflect: cannot use []float64 as type
// float64 in Call). The callee and the slice are taken at the defer
// statement, the elements read when the call runs, as in Go.

import (
	"fmt"
	"strings"
)

type Logger struct{ prefix string }

func (l *Logger) Printf(format string, args ...any) {
	fmt.Printf(l.prefix+format+"\n", args...)
}

func total(xs ...float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

func report(name string, xs ...float64) {
	fmt.Printf("%s: n=%d total=%.2f\n", name, len(xs), total(xs...))
}

func main() {
	xs := []float64{0.25, 0.5, 0.25}
	args := []any{"entropy", 1.5}
	l := &Logger{"[log] "}
	f := report
	defer f("via variable", xs...)
	defer func(ys ...float64) { fmt.Println("literal", len(ys)) }(xs...)
	defer l.Printf("%s = %.3f bits", args...)
	defer fmt.Println(args...)
	defer report("direct", xs...)
	parts := []string{"a", "b"}
	defer fmt.Println(strings.Join(parts, "+"))
	for i := range 3 {
		defer report(fmt.Sprint("loop", i), xs[i:]...)
	}
	xs[0] = 10 // the deferred calls already hold the slice: they see this
	args[1] = 2.0
	fmt.Println("main done")
}
