// Go 1.24 string iterators: strings.Lines over a multi-line text (each line
// keeps its newline), strings.SplitSeq and strings.FieldsSeq, FieldsFuncSeq,
// bytes.Lines, and building a word-length table from them without making
// intermediate slices.
package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const text = `first line
  second   line with  spaces
third,line;with;punct
last line without newline`

func main() {
	n := 0
	for line := range strings.Lines(text) {
		n++
		fmt.Printf("%d %q\n", n, line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  lots   of\tspace\n here ") {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("third,line;with;punct", func(r rune) bool { return unicode.IsPunct(r) }) {
		fmt.Print(f, " ")
	}
	fmt.Println()

	lengths := map[int]int{}
	for line := range strings.Lines(text) {
		for w := range strings.FieldsSeq(line) {
			lengths[len(w)]++
		}
	}
	for _, k := range slices.Sorted(func(yield func(int) bool) {
		for k := range lengths {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("len %2d: %d\n", k, lengths[k])
	}
	for b := range bytes.Lines([]byte("x\ny\n")) {
		fmt.Printf("%q ", b)
	}
	fmt.Println()
	words := slices.Collect(strings.SplitSeq("one two three", " "))
	fmt.Println(words, len(words))
	for part := range strings.SplitAfterSeq("a.b.c", ".") {
		fmt.Print(part, "|")
	}
	fmt.Println()
}
