// String functions and fmt verbs: the strings package's common functions,
// Printf with widths, precision, flags, %v/%+v/%#v/%T/%q/%x/%p-free verbs,
// Sprintf padding for a table, and byte/rune conversions.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type point struct{ X, Y int }

func main() {
	s := "  Hello, Gophers!  "
	t := strings.TrimSpace(s)
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Contains(t, "Go"), strings.HasPrefix(t, "He"), strings.HasSuffix(t, "!"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Count(t, "o"))
	fmt.Println(strings.Split("a,b,c", ","), len(strings.Fields(" x  y z ")))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Repeat("ab", 3), strings.Title("x") == "X", strings.TrimLeft("xxhixx", "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)

	p := point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%f|%.2f|%8.3f|%e|%g\n", 3.14159, 3.14159, 3.14159, 123400.0, 0.000012)
	fmt.Printf("%s|%q|%10s|%-10s|%x\n", "go", "go", "right", "left", "hi")
	fmt.Printf("%c|%U|%t|%v\n", 'G', 'G', true, nil)
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Printf("%v %v\n", []string{"a", "b"}, map[string]int{"z": 1, "a": 2})
	fmt.Printf("%#v %#v\n", []int{1}, map[string]bool{"k": true})
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%!d\n")
	fmt.Printf("%d\n", "str")

	rows := [][2]string{{"name", "score"}, {"ann", "91"}, {"bartholomew", "7"}}
	for _, r := range rows {
		fmt.Printf("%-12s|%6s|\n", r[0], r[1])
	}
	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), b, []rune("né"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))
}
