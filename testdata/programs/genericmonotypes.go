// Copies of generic functions for type arguments of many kinds: an array
// and an interface, a function type and a channel type (written in
// parentheses in the copy), a struct type with a tag, variadic calls, a
// named result, method values of a value and of a pointer type argument,
// and calls in package-level initialisers (the order Go gives them).
package main

import (
	"encoding/json"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func Show[T any](v T) string { return fmt.Sprint(v) }

func Call[F ~func(int) int](f F, x int) int { return f(x) }

func Send[C ~chan int](c C, x int) { c <- x }

func Marshal[T any](v T) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func Last[T any](xs ...T) (r T) {
	if len(xs) == 0 {
		return
	}
	r = xs[len(xs)-1]
	return
}

func Bound[T fmt.Stringer](v T) func() string {
	f := v.String
	return f
}

var early = Show(Temp(9)) + Show(late)
var late = Last(Temp(1), Temp(2))

func main() {
	fmt.Println(early)
	fmt.Println(Show([3]Temp{1, 2, 3}), Show[fmt.Stringer](Temp(1)))
	fmt.Println(Call(func(x int) int { return x * 2 }, 21))
	c := make(chan int, 1)
	Send(c, 5)
	fmt.Println(<-c)
	fmt.Println(Marshal(struct {
		A int `json:"a"`
		B float64
	}{1, 2}))
	fmt.Println(Last[Temp](), Last(Temp(1), Temp(3)), Last([]Temp{4, 5}...))
	fmt.Println(Bound(Temp(7))())
	fmt.Println(Bound[*Temp](new(Temp))())
}
