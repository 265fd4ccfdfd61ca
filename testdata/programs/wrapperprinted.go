package main

// A Vertex (a struct with methods) passed to a parameter of type any, or
// put in a []any or a map[string]any, and printed, while the program
// declares types with String and Error methods that never reach an any
// (printed directly, returned as an error, wrapped by fmt.Errorf): Go
// prints {3 4}; the interpreter printed its wrapper, {0xc… {0x… 0x…
// 409}}, for divergo did not take it apart where a type with a String
// method was declared.
import (
	"fmt"
	"math"
)

type Vertex struct{ X, Y float64 }

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X *= f
	v.Y *= f
}

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3]) }

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	return math.Sqrt(x), nil
}

func describe(i interface{}) { fmt.Printf("(%v)\n", i) }

func show(label string, v any) { fmt.Println(label, v) }

func main() {
	describe(42)
	describe("hello")
	describe(Vertex{3, 4})
	v := Vertex{3, 4}
	v.Scale(2)
	show("scaled", v)
	xs := []any{Vertex{1, 2}, "x", 3}
	fmt.Println(xs)
	m := map[string]any{"origin": Vertex{}}
	fmt.Println(m)
	fmt.Printf("%v %v\n", xs[0], m["origin"])
	fmt.Println(IPAddr{127, 0, 0, 1})
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	if _, err := Sqrt(-1); err != nil {
		fmt.Println("error:", err)
		wrapped := fmt.Errorf("root of -1: %w", err)
		fmt.Println(wrapped)
	}
}
