// Functions and function literals with unnamed parameters and variables
// of their own: the interpreter put the arguments and the variables in
// the same places ("reflect.Set: value of type string is not assignable
// to type int"); the parameters are named _.
package main

import (
	"fmt"
	"strings"
)

func g(string) (string, bool) { x := 3; return fmt.Sprint(x), true }

func k(int) string { x := 5; return fmt.Sprint(x) }

func m(string, int) (s string) { x := 6; s = fmt.Sprint(x); return }

func each(xs []string, f func(int, string) string) []string {
	var out []string
	for i, x := range xs {
		out = append(out, f(i, x))
	}
	return out
}

func main() {
	fmt.Println(g("a"))
	fmt.Println(k(1))
	fmt.Println(m("", 1))
	f := func(string) (string, bool) { x := 3; return fmt.Sprint(x), true }
	fmt.Println(f("a"))
	fmt.Println(each([]string{"a", "b"}, func(int, string) string { n := "x"; return strings.Repeat(n, 2) }))
	v := func(...int) int { total := 7; return total }
	fmt.Println(v(1, 2))
}
