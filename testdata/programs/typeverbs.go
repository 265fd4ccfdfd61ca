// fmt's %T of a value whose type the checker knows prints Go's name of
// it (main.point, not the interpreter's struct { X int; Y int }): the name
// is written in at the call, the verb becomes %s (fmt ignores a width of
// %T); an argument that makes a call is still evaluated.
package main

import (
	"fmt"
	"time"
)

type point struct{ X, Y int }

type Celsius float64

type Shape interface{ Area() float64 }

type Pair[A, B any] struct {
	A A
	B B
}

func mk() point { fmt.Println("mk called"); return point{} }

func main() {
	p := point{1, 2}
	fmt.Printf("%T %v\n", p, p)
	fmt.Printf("%T|%10T|%-12T|\n", &p, Celsius(3), []point{})
	fmt.Printf("%T %T %T\n", map[string]*point{}, make(chan point), func(point, ...int) (Celsius, error) { return 0, nil })
	fmt.Printf("%T %T\n", Pair[int, string]{}, Pair[Celsius, point]{})
	fmt.Printf("%T %T %T\n", 3, 'x', time.Second)
	s := fmt.Sprintf("type %T", mk())
	fmt.Println(s)
	fmt.Printf("%T %d%%\n", [2]point{}, 5)
	fmt.Printf("%T %T %T\n", []Shape{}, map[point]any{}, struct{ P point }{})
	var sh Shape
	_ = sh
}
