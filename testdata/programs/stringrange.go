package main

// A range over a string visits the byte offset where each rune starts, an
// invalid UTF-8 byte being a rune (U+FFFD) one byte long; the key and the
// value are variables of each iteration.

import "fmt"

func main() {
	s := "a\xffb€c\xe2\x82"
	for i, r := range s {
		fmt.Println(i, r)
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var j int
	var q rune
	for j, q = range s {
		if j > 3 {
			break
		}
	}
	fmt.Println(j, q)
	var fs []func()
	for i, r := range "xyz" {
		fs = append(fs, func() { fmt.Print(i, string(r), ";") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
L:
	for i, r := range "ab\xffcd" {
		for k := range "uv" {
			if r == 'c' {
				continue L
			}
			fmt.Print(i, k, " ")
		}
	}
	fmt.Println()
	n := 0
	for range "h\xffé" {
		n++
	}
	for _, r := range "h\xffé" {
		fmt.Print(r, " ")
	}
	fmt.Println(n)
	type S string
	for i, r := range S("añb") {
		fmt.Print(i, r, " ")
	}
	fmt.Println()
}
