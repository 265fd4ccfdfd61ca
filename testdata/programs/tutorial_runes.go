// Runes and text: the unicode package's classes, utf8 encoding and
// decoding, reversing a string by runes, palindromes ignoring case and
// punctuation, Caesar shifting and strings.NewReplacer.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	for i := range len(letters) / 2 {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	fmt.Println(reverse("Hello, 世界!"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "Go gopher", "Ésé"} {
		fmt.Println(isPalindrome(s))
	}
	enc := caesar("attack at dawn", 3)
	fmt.Println(enc, caesar(enc, -3))

	for _, r := range "aZ9 _!é\t" {
		fmt.Printf("%q L%t U%t D%t S%t P%t\n", r, unicode.IsLetter(r), unicode.IsUpper(r),
			unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '€')
	fmt.Println(buf, len(buf), utf8.RuneLen('€'), utf8.ValidString("ok"), utf8.Valid([]byte{0xff}))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	last, lsize := utf8.DecodeLastRuneInString("añ")
	fmt.Printf("%c %d\n", last, lsize)
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("a < b && c > d"))
	fmt.Println(strings.ToTitle("ǆemal"), unicode.ToLower('Σ'), string(unicode.SimpleFold('k')))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexFunc("abc1", unicode.IsDigit))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'))
}
