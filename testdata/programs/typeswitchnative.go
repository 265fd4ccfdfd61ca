// A type switch whose cases are interfaces of the program and literals,
// over values of the program's and other packages' types, without a bound
// variable: the lowered switch asks each case with the ok-only helper,
// which answers other packages' values from their methods (it was
// refused: the interpreter's own assertion failed for them).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

type lener interface{ Len() int }

type Point struct{ X, Y int }

func (p Point) Len() int { return p.X + p.Y }

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nil"
	case lener:
		return "lener"
	case interface{ Unwrap() error }:
		return "wrapper"
	case fmt.Stringer:
		return "stringer"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	for _, v := range []any{nil, Point{1, 2}, &strings.Builder{}, fmt.Errorf("x: %w", os.ErrClosed), time.Second, 3, errors.New("e"), "s"} {
		fmt.Println(kind(v))
	}
}
