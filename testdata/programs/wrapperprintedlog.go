package main

// A logging helper taking ...any is given an error of the program's type
// (*ValidationError), while Circle, a struct with methods, is only ever
// stored in a Shape: no Circle can reach the helper's anys, so it runs as
// in Go (divergo run must not refuse it as though the interpreter's
// wrapper of a Circle could be printed there).
import (
	"fmt"
	"math"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func validate(c Circle) error {
	if c.R < 0 {
		return &ValidationError{"R"}
	}
	return nil
}

func logf(format string, args ...any) { fmt.Printf("[log] "+format+"\n", args...) }

func main() {
	shapes := []Shape{Circle{1}, Circle{2}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	logf("total %.2f", total)
	if err := validate(Circle{-1}); err != nil {
		logf("error: %v", err)
	}
	logf("count %d", len(shapes))
}
