// A type switch on a nil value of an interface type of the program with a
// case nil: the interpreter never took it (the switch went to default).
package main

import "fmt"

type Expr interface{ Eval() int }

type Num struct{ N int }

func (n Num) Eval() int { return n.N }

func kind(e Expr) string {
	switch e.(type) {
	case nil:
		return "nil"
	case Num:
		return "num"
	}
	return "?"
}

func kind2(e Expr) string {
	switch v := e.(type) {
	case nil:
		return "nil"
	case Num:
		return fmt.Sprint("num ", v)
	default:
		return "?"
	}
}

func main() {
	var e Expr
	fmt.Println(kind(e), kind(nil), kind(Num{3}), kind2(nil), kind2(Num{4}))
}
