package main

// Indexes of other integer types than int inside loops (a byte, a rune
// difference, an int64, a uint8): checked in a type that holds them, with
// Go's message when out of range.

import "fmt"

func main() {
	var freq [256]int
	for _, b := range []byte("hello") {
		freq[b]++
	}
	counts := make([]int, 26)
	for _, c := range "banana" {
		counts[c-'a']++
	}
	s := []int{1, 2, 3}
	for k := int64(0); k < 3; k++ {
		s[k] *= 2
	}
	var u uint8 = 2
	for i := 0; i < 1; i++ {
		s[u] = 9
	}
	fmt.Println(freq['l'], counts[0], counts[1], s)
	for _, c := range "bz!" {
		counts[c-'a']++
	}
}
