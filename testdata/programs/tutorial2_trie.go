// A prefix trie with map[rune]*node children: insert words, test membership
// and prefixes, collect completions in sorted order by walking children keys
// sorted with slices.Sorted(maps.Keys(...)), and delete a word.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type node struct {
	children map[rune]*node
	end      bool
	count    int
}

func newNode() *node { return &node{children: map[rune]*node{}} }

type Trie struct{ root *node }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = newNode()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(p string) *node {
	n := t.root
	for _, r := range p {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Has(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) Complete(p string) []string {
	var out []string
	var walk func(n *node, acc []rune)
	walk = func(n *node, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		for _, r := range slices.Sorted(maps.Keys(n.children)) {
			walk(n.children[r], append(acc, r))
		}
	}
	if n := t.find(p); n != nil {
		walk(n, []rune(p))
	}
	return out
}

func (t *Trie) Delete(w string) {
	if n := t.find(w); n != nil {
		n.end = false
	}
}

func main() {
	t := &Trie{root: newNode()}
	for _, w := range []string{"entropy", "enter", "entry", "encode", "encoder", "decode", "é", "éclair"} {
		t.Insert(w)
	}
	fmt.Println(t.Has("enter"), t.Has("ent"), t.Has("encoder"), t.Has("x"))
	fmt.Println(t.Complete("ent"))
	fmt.Println(t.Complete("enc"))
	fmt.Println(t.Complete("é"))
	fmt.Println(t.Complete("z") == nil, len(t.Complete("")))
	fmt.Println("words under 'en':", t.find("en").count)
	t.Delete("encode")
	fmt.Println(t.Complete("enc"), t.Has("encode"))
}
