package main

// reflect.DeepEqual of anys holding a struct whose methods all have
// pointer receivers: false where Go's is true.
// divergo run refuses: reflect.DeepEqual of any and Point while values of Point, a type with methods declared in the program, are stored in an any

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func (p *Point) Move() { p.X++ }

func main() {
	items := []any{Point{1, 2}, 3}
	fmt.Println(reflect.DeepEqual(items[0], Point{1, 2}))
}
