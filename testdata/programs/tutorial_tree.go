// A binary search tree with recursion: insert, in-order traversal into a
// slice, height, contains, min, delete, a pre-order walk with a callback and
// a tree printed sideways.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else if v > t.Val {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(out []int) []int {
	if t == nil {
		return out
	}
	out = t.Left.InOrder(out)
	out = append(out, t.Val)
	return t.Right.InOrder(out)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Contains(v int) bool {
	switch {
	case t == nil:
		return false
	case v < t.Val:
		return t.Left.Contains(v)
	case v > t.Val:
		return t.Right.Contains(v)
	}
	return true
}

func (t *Tree) Delete(v int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case v < t.Val:
		t.Left = t.Left.Delete(v)
	case v > t.Val:
		t.Right = t.Right.Delete(v)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Val = m.Val
		t.Right = t.Right.Delete(m.Val)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t != nil {
		f(t.Val)
		t.Left.Walk(f)
		t.Right.Walk(f)
	}
}

func (t *Tree) Print(depth int) {
	if t == nil {
		return
	}
	t.Right.Print(depth + 1)
	fmt.Println(strings.Repeat("   ", depth) + fmt.Sprint(t.Val))
	t.Left.Print(depth + 1)
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 30} {
		root = root.Insert(v)
	}
	fmt.Println(root.InOrder(nil), root.Height())
	fmt.Println(root.Contains(35), root.Contains(36))
	var pre []string
	root.Walk(func(v int) { pre = append(pre, fmt.Sprint(v)) })
	fmt.Println(strings.Join(pre, ","))
	root = root.Delete(30)
	root = root.Delete(50)
	fmt.Println(root.InOrder(nil), root.Val)
	root.Print(0)
}
