// A generic function giving fmt a value of its type parameter itself
// prints through its String method; converting plain values is fine.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return "TEMP" }

type P struct{ X int }

func (p P) String() string { return "PPP" }

func Show[T any](v T) string  { return fmt.Sprint(v) }
func Show2[T any](v T) string { return fmt.Sprintf("%v|%s", v, v) }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int"
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func main() {
	fmt.Println(Show(Temp(4)), Show(P{1}))
	fmt.Println(Show2(Temp(4)), Show2(P{1}))
	fmt.Println(Describe(5), Describe("s"), Describe([]int{1}))
}
