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
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	s := "Héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, " ", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	fmt.Println(s[1], s[1:3], string(s[7]))
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", ""} {
		fmt.Printf("%q -> %v\n", p, isPalindrome(p))
	}
	enc := caesar("Hello, World", 3)
	fmt.Println(enc, caesar(enc, -3))
	fields := strings.Fields("  the quick  brown\tfox\n")
	fmt.Println(len(fields), strings.Join(fields, "-"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")))
	fmt.Println(strings.SplitN("k=v=w", "=", 2), strings.Title("go lang"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("abc", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix(s, "Hé"), strings.Index(s, "世"))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.ToUpper(s))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if sb.Len() > 0 {
			sb.WriteString(", ")
		}
		sb.WriteByte('a' + byte(i))
		sb.WriteRune('→')
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "世界", "ab", "abc", "xyz")
	bs := []byte("hello")
	bs[0] = 'J'
	fmt.Println(string(bs), bs[1:3], fmt.Sprintf("%s %x %X", bs, bs, bs[:2]))
}
