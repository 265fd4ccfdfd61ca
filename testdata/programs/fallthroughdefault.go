package main

// fallthrough in a switch whose default clause is not last: Go goes on to
// the next clause in the text; the interpreter ran default as if it were
// last ([ten twenty] where Go prints [ten default twenty]).

import "fmt"

func steps(v int) (out []string) {
	switch v {
	case 10:
		out = append(out, "ten")
		fallthrough
	default:
		out = append(out, "default")
		fallthrough
	case 20:
		out = append(out, "twenty")
	}
	return out
}

func main() {
	fmt.Println(steps(10), steps(20), steps(30))
}
