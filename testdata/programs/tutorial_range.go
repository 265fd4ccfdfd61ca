// Range over the built-in kinds: slices, arrays, maps (sorted output),
// strings by rune with byte offsets, channels, integers, and functions used
// with only an index or only a value.
package main

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

func main() {
	for i, v := range []string{"a", "b", "c"} {
		fmt.Println(i, v)
	}
	total := 0
	for _, v := range [3]int{10, 20, 30} {
		total += v
	}
	fmt.Println("total", total)

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var lines []string
	for k, v := range m {
		lines = append(lines, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(lines)
	fmt.Println(lines)

	s := "héllo, 世界"
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s)[1], []byte(s)[1])

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()

	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()

	bad := string([]byte{'a', 0xff, 'b'})
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError)
	}
}
