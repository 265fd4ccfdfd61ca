package main

import "fmt"

// Ranging over a string with the index only gives the byte offset where
// each rune starts, as Go does (the interpreter counted the runes).

func main() {
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	s := "日本語"
	var idx []int
	for i := range s {
		idx = append(idx, i)
	}
	fmt.Println(idx)
	for i, r := range "añb" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
}
