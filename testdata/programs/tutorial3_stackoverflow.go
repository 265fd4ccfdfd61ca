package main

import "fmt"

type Tree struct {
	Kids []*Tree
}

func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	t := &Tree{}
	t.Kids = append(t.Kids, t)
	fmt.Println("cycle built", len(t.Kids))
	fmt.Println(depth(0))
}
