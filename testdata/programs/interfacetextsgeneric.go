// divergo run refuses: a Shape may hold a G, a generic type
package main

import "fmt"

type Shape interface{ Area() float64 }

type G[T any] struct{ V T }

func (g G[T]) Area() float64  { return 1 }
func (g G[T]) String() string { return fmt.Sprint("g", g.V) }

type Box struct{ S Shape }

func main() {
	var s Shape = G[int]{2}
	fmt.Println(Box{s})
}
