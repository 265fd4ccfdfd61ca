// Run-length encoding: encode a string as count+symbol pairs with
// strings.Builder and strconv, decode it back with a small parser over runes,
// round-trip a few inputs (including multi-byte runes) and report the ratio.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func encode(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func decode(s string) (string, error) {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			return "", fmt.Errorf("symbol %q without a count", r)
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String(), nil
}

func main() {
	for _, in := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "ééééü", "xxxxxxxxxxxxxxxxxxxxxxxxxy"} {
		enc := encode(in)
		dec, err := decode(enc)
		fmt.Printf("%s -> %s (%d/%d) ok=%v err=%v\n", in, enc, len(enc), len(in), dec == in, err)
	}
	_, err := decode("3ab")
	fmt.Println("bad:", err)
}
