package main

// More switches whose default clause is not the last and that fall
// through: a tag of a type parameter, a case of a composite literal
// (&P{}), a switch whose clauses all return (a terminating statement: no
// return after it), closures made in the clauses of a loop's switch.

import "fmt"

func pick[T comparable](x, a, b T) string {
	s := ""
	switch x {
	case a:
		s += "a"
		fallthrough
	default:
		s += "d"
		fallthrough
	case b:
		s += "b"
	}
	return s
}

type P struct{ x int }

func ptr(p *P) string {
	switch p {
	case nil:
		return "nil"
	default:
		fallthrough
	case &P{}:
		return "other"
	}
}

func loopy() (out []int) {
	for i := range 4 {
		fs := []func() int{}
		switch i {
		case 1:
			fs = append(fs, func() int { return i * 10 })
			fallthrough
		default:
			fs = append(fs, func() int { return i })
		case 3:
			return
		}
		for _, f := range fs {
			out = append(out, f())
		}
	}
	return
}

func main() {
	fmt.Println(pick(1, 1, 2), pick(2, 1, 2), pick("z", "x", "y"))
	fmt.Println(ptr(nil), ptr(&P{}))
	fmt.Println(loopy())
}
