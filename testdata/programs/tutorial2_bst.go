// A generic binary search tree Tree[T cmp.Ordered] with pointer nodes:
// recursive Insert returning the new subtree, Contains, in-order traversal
// as an iter.Seq[T], Height, Min, and the same type instantiated with ints,
// strings and float64s.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

func (t *Tree[T]) Insert(v T) {
	var ins func(n *node[T]) *node[T]
	ins = func(n *node[T]) *node[T] {
		if n == nil {
			t.size++
			return &node[T]{val: v}
		}
		switch c := cmp.Compare(v, n.val); {
		case c < 0:
			n.left = ins(n.left)
		case c > 0:
			n.right = ins(n.right)
		}
		return n
	}
	t.root = ins(t.root)
}

func (t *Tree[T]) Contains(v T) bool {
	n := t.root
	for n != nil {
		switch {
		case v < n.val:
			n = n.left
		case v > n.val:
			n = n.right
		default:
			return true
		}
	}
	return false
}

func (n *node[T]) walk(yield func(T) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.val) && n.right.walk(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.root.walk(yield) }
}

func height[T cmp.Ordered](n *node[T]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *Tree[T]) Min() (T, bool) {
	var zero T
	if t.root == nil {
		return zero, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.val, true
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		t.Insert(v)
	}
	fmt.Println(slices.Collect(t.All()), t.size, height(t.root))
	fmt.Println(t.Contains(65), t.Contains(66))
	for v := range t.All() {
		if v > 45 {
			fmt.Println("first above 45:", v)
			break
		}
	}
	words := &Tree[string]{}
	for _, w := range []string{"kiwi", "apple", "mango", "banana", "apple"} {
		words.Insert(w)
	}
	fmt.Println(slices.Collect(words.All()), words.size)
	fmt.Println(words.Min())
	var empty Tree[float64]
	fmt.Println(empty.Min())
	var chain Tree[float64]
	for i := range 10 {
		chain.Insert(float64(i) / 2)
	}
	fmt.Println(height(chain.root), slices.Collect(chain.All()))
}
