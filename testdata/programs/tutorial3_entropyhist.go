package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Histogram map[rune]int

func NewHistogram(s string) Histogram {
	h := make(Histogram)
	for _, r := range s {
		h[r]++
	}
	return h
}

func (h Histogram) Total() (n int) {
	for _, c := range h {
		n += c
	}
	return
}

func (h Histogram) Entropy() float64 {
	n := float64(h.Total())
	var e float64
	for _, c := range h {
		p := float64(c) / n
		e -= p * math.Log2(p)
	}
	return e
}

func (h Histogram) Keys() []rune {
	keys := make([]rune, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func main() {
	samples := []string{"", "aaaa", "abab", "abcd", "hello, world", "mississippi"}
	for _, s := range samples {
		h := NewHistogram(s)
		e := h.Entropy()
		fmt.Printf("%-14q H=%.4f bits, n=%d, nan=%t\n", s, e, h.Total(), math.IsNaN(e))
	}
	h := NewHistogram("mississippi")
	var sb strings.Builder
	for _, k := range h.Keys() {
		fmt.Fprintf(&sb, "%c:%d ", k, h[k])
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println(h)
	fmt.Printf("%v %d\n", h.Keys(), h.Keys())
	fmt.Println(math.Log2(0), -0.0*math.Log2(0.5), math.Inf(-1)*0)
	var z float64
	fmt.Println(-z, 1/z, -1/z, z/z == z/z)
}
