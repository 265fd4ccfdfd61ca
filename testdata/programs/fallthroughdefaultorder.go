package main

// fallthrough in switches whose default clause is not the last: the
// clauses run in the text's order, the tag and init once, the case
// expressions top to bottom and left to right up to the first match;
// break leaves the switch, a label on the switch or on an enclosing loop
// still works, and a clause's variables are its own.

import (
	"errors"
	"fmt"
)

var trace []string

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func tag(v int) int {
	trace = append(trace, "tag")
	return v
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func order(v int) []string {
	trace = nil
	switch tag(v) {
	case val("a", 1), val("b", 2):
		trace = append(trace, "one-two")
		fallthrough
	default:
		trace = append(trace, "default")
	case val("c", 3):
		trace = append(trace, "three")
		fallthrough
	case val("d", 4), val("e", 5):
		trace = append(trace, "four-five")
	}
	return trace
}

func tagless(x int) (out []string) {
	switch y := x * 2; {
	case y > 10:
		out = append(out, "big")
		fallthrough
	default:
		z := y + 1 // a clause's own variable
		out = append(out, fmt.Sprint("default ", z))
		fallthrough
	case y < 0, y == 4:
		z := "neg-or-four"
		out = append(out, z)
	}
	return out
}

func breaks(v int) (out []string) {
	switch v {
	case 1:
		out = append(out, "one")
		if v == 1 {
			break
		}
		fallthrough
	default:
		out = append(out, "default")
		if v == 7 {
			break
		}
		fallthrough
	case 2:
		out = append(out, "two")
	}
	return append(out, "after")
}

func labels() (out []string) {
outer:
	for i := 0; i < 6; i++ {
	sw:
		switch i % 3 {
		case 0:
			if i == 3 {
				continue outer
			}
			out = append(out, fmt.Sprint(i, ":zero"))
			fallthrough
		default:
			out = append(out, fmt.Sprint(i, ":default"))
			if i == 4 {
				break sw
			}
			if i == 5 {
				break outer
			}
			fallthrough
		case 2:
			out = append(out, fmt.Sprint(i, ":two"))
		}
		out = append(out, fmt.Sprint(i, ":end"))
	}
	return out
}

func colors(c Color) string {
	s := ""
	switch c {
	case Red:
		s += "red "
		fallthrough
	default:
		s += "other "
		fallthrough
	case Blue:
		s += "blue"
	}
	return s
}

func words(w string) string {
	s := ""
	switch w + "" {
	default:
		s += "?"
		fallthrough
	case "a" + "b":
		s += "ab"
	case "c":
		s += "c"
	}
	return s
}

var errBoom = errors.New("boom")

func iface(x any) string {
	s := ""
	switch x {
	case 1, "one":
		s += "one "
		fallthrough
	default:
		s += "default "
		fallthrough
	case errBoom:
		s += "boom"
	}
	return s
}

func nested(a, b int) (out []string) {
	switch a {
	case 1:
		switch b {
		case 1:
			out = append(out, "b1")
			fallthrough
		default:
			out = append(out, "bdef")
			fallthrough
		case 2:
			out = append(out, "b2")
		}
		fallthrough
	default:
		out = append(out, "adef")
	case 3:
		out = append(out, "a3")
	}
	return out
}

func main() {
	for _, v := range []int{1, 2, 3, 4, 5, 6} {
		fmt.Println(v, order(v))
	}
	for _, x := range []int{-1, 2, 3, 6} {
		fmt.Println(x, tagless(x))
	}
	for _, v := range []int{1, 2, 7, 8} {
		fmt.Println(v, breaks(v))
	}
	fmt.Println(labels())
	fmt.Println(colors(Red), "|", colors(Green), "|", colors(Blue))
	fmt.Println(words("ab"), words("c"), words("z"))
	fmt.Println(iface(1), "|", iface("one"), "|", iface(errBoom), "|", iface(2.5))
	fmt.Println(nested(1, 1), nested(1, 2), nested(1, 3), nested(2, 0), nested(3, 0))
	switch 2 {
	case 1:
		fmt.Println("const one")
	default:
		fmt.Println("const default")
		fallthrough
	case 2:
		fmt.Println("const two")
	}
}
