// Variadic functions and text: passing a slice with s... (which shares the
// caller's array), an empty variadic call, append(a, b...) and append of a
// string to []byte, unicode/utf8 counting and decoding, rune iteration with
// byte offsets, and strings.Builder building a reversed string.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func sum(label string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s: %d numbers, total %d, nil=%v", label, len(nums), t, nums == nil)
}

func zero(nums ...int) {
	for i := range nums {
		nums[i] = 0
	}
}

func reverse(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := len(rs) - 1; i >= 0; i-- {
		b.WriteRune(rs[i])
	}
	return b.String()
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum("slice", xs...))
	zero(xs...)
	fmt.Println("after zero:", xs)

	a := []int{1, 2}
	a = append(a, []int{3, 4}...)
	bs := append([]byte("hi "), "there"...)
	fmt.Println(a, string(bs))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))

	s := "Grüße, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	last, lsize := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", last, lsize)
	fmt.Println(reverse(s))
	bad := string([]byte{'a', 0xff, 'b'})
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println()
	var up, letters int
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	fmt.Println(up, letters, strings.ToUpper(s), strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s))
	buf := utf8.AppendRune(nil, 'é')
	fmt.Println(buf, string(rune(65)), string(rune(0x4e16)))
}
