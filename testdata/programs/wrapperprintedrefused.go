package main

// divergo run refuses: while values of Vertex, a type with methods declared in the program, may be stored in an any, and values of Code, which has an Error method, may be too

// A Vertex (a struct with methods) and an error holding a Code (a type
// with an Error method) both passed to show(v any), which prints v: Go
// prints {3 4} and the Error text; the interpreter printed its wrapper of
// the Vertex, {0xc… {0x… 0x… 409}}, and divergo cannot take it apart
// without losing Code's Error method.
import "fmt"

type Vertex struct{ X, Y float64 }

func (v Vertex) Norm() float64 { return v.X*v.X + v.Y*v.Y }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func check(n int) error {
	if n < 0 {
		return Code(n)
	}
	return nil
}

func show(v any) { fmt.Println(v) }

func main() {
	show(Vertex{3, 4})
	show(check(-2))
}
