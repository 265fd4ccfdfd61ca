package main

// divergo run refuses: while values of Wrapper, a type with methods declared in the program, may be stored in an any, and values of Neg, which has an Error method, may be too

// A Wrapper (a struct with methods) whose field E holds an error of the
// program's type Neg, passed to show(v any): Go prints {negerr x}; the
// interpreter printed its wrapper of the Wrapper, and taking it apart
// would print the Neg without its Error method ({{1 0x…} x}).
import "fmt"

type Neg struct{ N int }

func (e Neg) Error() string { return "negerr" }

type Wrapper struct {
	E   error
	Msg string
}

func (w Wrapper) M() {}

func mk() error { return Neg{1} }

func show(v any) { fmt.Println(v) }

func main() {
	w := Wrapper{mk(), "x"}
	show(w)
}
