// divergo run refuses: L with Temp as its type argument: it puts a value of its type parameter in an interface or gives fmt a value made of it ([]any{…})
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// An element of a []any: Go prints [3.0°C], the interpreter printed its
// wrapper, [{0xc… {…}}].
func L[T any](v T) []any { return []any{v} }

func main() {
	fmt.Println(L(Temp(3)))
}
