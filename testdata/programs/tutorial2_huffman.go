// Huffman coding with container/heap: a min-heap of *node ordered by weight
// (ties broken by a sequence number so the tree is deterministic), codes read
// off by recursion, then encode and decode a message and compare the average
// code length with the entropy.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type node struct {
	sym         rune
	weight, seq int
	left, right *node
}

type pq []*node

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].weight != q[j].weight {
		return q[i].weight < q[j].weight
	}
	return q[i].seq < q[j].seq
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(*node)) }
func (q *pq) Pop() any {
	old := *q
	n := old[len(old)-1]
	*q = old[:len(old)-1]
	return n
}

func build(freq map[rune]int) *node {
	syms := make([]rune, 0, len(freq))
	for r := range freq {
		syms = append(syms, r)
	}
	slices.Sort(syms)
	q := &pq{}
	seq := 0
	for _, r := range syms {
		heap.Push(q, &node{sym: r, weight: freq[r], seq: seq})
		seq++
	}
	for q.Len() > 1 {
		a := heap.Pop(q).(*node)
		b := heap.Pop(q).(*node)
		heap.Push(q, &node{weight: a.weight + b.weight, seq: seq, left: a, right: b})
		seq++
	}
	return heap.Pop(q).(*node)
}

func codes(n *node, prefix string, out map[rune]string) {
	if n.left == nil {
		out[n.sym] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func main() {
	msg := "abracadabra alakazam"
	freq := map[rune]int{}
	for _, r := range msg {
		freq[r]++
	}
	root := build(freq)
	table := map[rune]string{}
	codes(root, "", table)
	syms := slices.Sorted(func(yield func(rune) bool) {
		for r := range table {
			if !yield(r) {
				return
			}
		}
	})
	h, avg := 0.0, 0.0
	for _, r := range syms {
		p := float64(freq[r]) / float64(len(msg))
		h -= p * math.Log2(p)
		avg += p * float64(len(table[r]))
		fmt.Printf("%q %d %s\n", r, freq[r], table[r])
	}
	var sb strings.Builder
	for _, r := range msg {
		sb.WriteString(table[r])
	}
	bits := sb.String()
	fmt.Println("encoded:", bits, len(bits), "bits vs", 8*len(msg))
	var dec strings.Builder
	n := root
	for _, b := range bits {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			dec.WriteRune(n.sym)
			n = root
		}
	}
	fmt.Println("decoded:", dec.String(), dec.String() == msg)
	fmt.Printf("entropy %.4f <= average %.4f < entropy+1\n", h, avg)
}
