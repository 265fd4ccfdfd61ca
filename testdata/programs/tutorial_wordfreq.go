// A word-frequency count: lowercase, split on non-letters with
// strings.FieldsFunc, count in a map, then sort by count descending and word
// ascending and print the top entries with aligned columns.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief.`

type entry struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.word, b.word)
	})
	fmt.Println(len(words), "words,", len(freq), "distinct")
	for _, e := range entries[:6] {
		fmt.Printf("%-8s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	longest := slices.MaxFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(len(a.word), len(b.word)), cmp.Compare(b.word, a.word))
	})
	fmt.Println("longest:", longest.word)
}
