package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func NewStack[T any]() *Stack[T] { fmt.Println("new stack"); return &Stack[T]{} }

var registry = map[string]func(int) int{}

func register(name string, f func(int) int) bool {
	fmt.Println("register", name)
	registry[name] = f
	return true
}

var _ = register("double", func(x int) int { return 2 * x })
var _ = register("square", func(x int) int { return x * x })

var (
	out    io.Writer = os.Stdout
	ErrBad           = errors.New("bad")
	stack            = NewStack[string]()
	q, r             = divmod(17, 5)
	names            = strings.Fields("b a c")
	total  float64   = sum(1, 2, 3)
	anon             = struct{ X, Y int }{1, 2}
)

func divmod(a, b int) (int, int) { fmt.Println("divmod"); return a / b, a % b }

func sum(xs ...float64) (t float64) {
	fmt.Println("sum")
	for _, x := range xs {
		t += x
	}
	return
}

var late = check()

func check() int {
	if len(registry) != 2 {
		panic("registry incomplete")
	}
	return len(registry)
}

func init() { fmt.Println("init 1", late) }
func init() { fmt.Println("init 2") }

func main() {
	stack.Push("x")
	fmt.Fprintln(out, registry["double"](4), registry["square"](4), ErrBad, stack.items, q, r, names, total, anon)
}
