// A stack and a queue: a generic slice-backed Stack with Push/Pop/Peek and
// an ok result, a queue with a ring buffer that grows, container/list as a
// deque, and balanced-bracket checking with the stack.
package main

import (
	"container/list"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue struct {
	buf        []int
	head, size int
}

func (q *Queue) Enqueue(v int) {
	if q.size == len(q.buf) {
		nb := make([]int, max(1, 2*len(q.buf)))
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue) Dequeue() (int, bool) {
	if q.size == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	var q Queue
	for i := 1; i <= 5; i++ {
		q.Enqueue(i)
	}
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	q.Enqueue(6)
	q.Enqueue(7)
	q.Enqueue(8)
	fmt.Print(a, b, ": ")
	for {
		x, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()

	dq := list.New()
	dq.PushBack(2)
	dq.PushFront(1)
	dq.PushBack(3)
	for e := dq.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(dq.Len(), dq.Back().Value.(int)*10)

	for _, t := range []string{"([]{})", "(]", "((", ""} {
		fmt.Printf("%q %v\n", t, balanced(t))
	}
}
