package main

// A struct of the program ending with a pointer to its own type, stored in
// fmt.Stringer or error, asserted to the pointer type: Go's assertion
// fails (the interface holds the struct); the interpreter's read the
// struct's last field and succeeded (s.(*Node) of a Node{1, &Node{}}).
// Lowered through the kept value (session/check/kept.go).

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n Node) String() string { return fmt.Sprint("node", n.Val) }

type E struct {
	Code  int
	Cause *E
}

func (e E) Error() string { return "e" }

func main() {
	var s fmt.Stringer = Node{1, &Node{2, nil}}
	p, ok := s.(*Node)
	fmt.Println(p != nil, ok)
	var err error = E{1, &E{2, nil}}
	q, ok := err.(*E)
	fmt.Println(q != nil, ok)
	var v any = err
	if e, ok := v.(*E); ok {
		fmt.Println("any holds *E", e.Code)
	}
	if e, ok := v.(E); ok {
		fmt.Println("any holds E", e.Code)
	}
	switch err.(type) {
	case *E:
		fmt.Println("*E")
	case E:
		fmt.Println("E")
	}
}
