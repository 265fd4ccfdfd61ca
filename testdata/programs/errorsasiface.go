package main

// errors.As into a pointer to an interface of the program (named or a
// literal) while no type of the program has Is, As or Unwrap: the
// interpreter's errors.As panicked ("*target must be interface or
// implement error"), where Go walks the chain.

import (
	"errors"
	"fmt"
)

type Coder interface{ Code() int }

type E struct{ c int }

func (e E) Error() string { return fmt.Sprint("e", e.c) }
func (e E) Code() int     { return e.c }

type Q struct{ a, b int }

func (q *Q) Error() string { return "q" }
func (q *Q) Code() int     { return q.a + q.b }

type P struct{}

func (P) Error() string { return "p" }

func codeOf(err error) int {
	var c Coder
	if errors.As(err, &c) {
		return c.Code()
	}
	return -1
}

func main() {
	var err error = fmt.Errorf("wrap: %w", E{7})
	var s interface{ Code() int }
	fmt.Println(errors.As(err, &s), s != nil)
	if s != nil {
		fmt.Println(s.Code())
	}
	var c Coder
	fmt.Println(errors.As(err, &c), c != nil)
	fmt.Println(codeOf(errors.Join(errors.New("x"), &Q{1, 2})))
	fmt.Println(codeOf(fmt.Errorf("a: %w", fmt.Errorf("b: %w", E{4}))))
	fmt.Println(codeOf(P{}), codeOf(errors.New("plain")), codeOf(nil))
	var c2 Coder
	fmt.Println(errors.As(fmt.Errorf("p: %w", P{}), &c2), c2 == nil)
}
