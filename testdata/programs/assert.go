package main

// Type assertions that run as in Go: an error to the program's *MyErr
// (comma-ok and plain), errors.As, an any to basic types and to the
// program's T and *T, and an interface type of the program to another that
// its types' values implement.

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func describe(s Shape) string {
	if n, ok := s.(Namer); ok {
		return n.Name()
	}
	if c, ok := s.(*Circle); ok {
		return fmt.Sprint("circle ", c.R)
	}
	return "unnamed"
}

func main() {
	err := find(7)
	if me, ok := err.(*MyErr); ok {
		fmt.Println("MyErr", me.Code)
	}
	fmt.Println(err.(*MyErr).Code)
	wrapped := fmt.Errorf("load: %w", err)
	_, ok := wrapped.(*MyErr)
	fmt.Println(ok)
	var target *MyErr
	fmt.Println(errors.As(wrapped, &target), target.Code)
	_, err2 := os.Open("/nonexistent/file")
	var pe *os.PathError
	fmt.Println(errors.As(err2, &pe), pe.Op)

	var a any = 42
	n, ok := a.(int)
	fmt.Println(n, ok)
	s, ok := a.(string)
	fmt.Printf("%q %v\n", s, ok)
	var b any = &Circle{2}
	c, ok := b.(*Circle)
	fmt.Println(c.R, ok)
	_, ok = b.(Rect)
	fmt.Println(ok)

	fmt.Println(describe(Rect{2, 3}), describe(&Circle{1}))
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	_ = a.(string)
}
