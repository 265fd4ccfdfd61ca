package main

import "fmt"

// Declarations in any order: main first, then what it uses.
func main() {
	s := stack{}
	for _, x := range []int{3, 1, 4} {
		s.push(x)
	}
	fmt.Println(s.pop(), s.pop(), total(s), limit)
}

const limit = 2 * base

const base = 21

type stack struct{ xs []int }

func (s *stack) push(x int) { s.xs = append(s.xs, x) }

func (s *stack) pop() int {
	x := s.xs[len(s.xs)-1]
	s.xs = s.xs[:len(s.xs)-1]
	return x
}

func total(s stack) int {
	t := 0
	for _, x := range s.xs {
		t += x
	}
	return t
}
