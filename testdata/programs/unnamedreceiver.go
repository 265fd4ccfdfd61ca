// A method of a generic type with an unnamed receiver (func (Stack[T])
// Kind()): the interpreter's compiler failed (helper-29, f5.go).
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)  { s.items = append(s.items, v) }
func (Stack[T]) Kind() string { return "stack" }

func main() {
	s := &Stack[int]{}
	s.Push(1)
	fmt.Println(s.Kind())
}
