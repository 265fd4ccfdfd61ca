// Shannon entropy of the letters of a few strings: count runes in a map, sort
// the letters for a deterministic histogram printed with bars, and sum
// -p*log2(p) with math.Log2; also the efficiency against log2 of the alphabet.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

func counts(s string) (map[rune]int, int) {
	m := make(map[rune]int)
	n := 0
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			m[r]++
			n++
		}
	}
	return m, n
}

func entropy(m map[rune]int, n int) float64 {
	h := 0.0
	for _, c := range m {
		p := float64(c) / float64(n)
		h -= p * math.Log2(p)
	}
	return h
}

func histogram(m map[rune]int) {
	letters := make([]rune, 0, len(m))
	for r := range m {
		letters = append(letters, r)
	}
	slices.Sort(letters)
	for _, r := range letters {
		fmt.Printf("%c %2d %s\n", r, m[r], strings.Repeat("#", m[r]))
	}
}

func main() {
	texts := []string{"aaaa", "abab", "abcd", "Mississippi", "the quick brown fox jumps over the lazy dog"}
	for _, t := range texts {
		m, n := counts(t)
		h := entropy(m, n)
		eff := 0.0
		if len(m) > 1 {
			eff = h / math.Log2(float64(len(m)))
		}
		fmt.Printf("%-45q n=%2d k=%2d H=%.4f bits eff=%.3f\n", t, n, len(m), h, eff)
	}
	m, _ := counts("Mississippi")
	histogram(m)
}
