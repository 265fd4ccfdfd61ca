package main

// divergo run refuses: asserting any to fmt.Stringer, which Temp implements: Temp is a type with methods whose underlying type is float64

// A Temp (a float64 with a String method) passed in an any and asserted to
// fmt.Stringer: Go gives the Temp (true, 6.0°); the interpreter gave a nil
// Stringer with ok true, and s.String() stopped on a nil dereference.
import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func asS(x any) (fmt.Stringer, bool) { w, ok := x.(fmt.Stringer); return w, ok }

func main() {
	var v any = Temp(6)
	s, ok := asS(v)
	fmt.Println(ok)
	fmt.Println(s.String())
}
