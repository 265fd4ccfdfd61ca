// Copies of generic functions: a type switch whose case T becomes int,
// point, float64; and a local declaration of the type argument's name,
// which leaves that instantiation generic.
package main

import "fmt"

type point struct{ X, Y int }

// Kind's copies: case int and case point after case string.
func Kind[T any](v T) string {
	switch any(v).(type) {
	case string:
		return "string"
	case T:
		return "T"
	}
	return "?"
}

// A local point: the copy for point could not write point where T is;
// Shadow[point] stays generic, Shadow[float64] is copied.
func Shadow[T any](v T) string {
	point := "shadow"
	var x T = v
	return fmt.Sprint(point, " ", x)
}

func main() {
	fmt.Println(Kind(3), Kind(point{1, 2}), Kind(2.5))
	fmt.Println(Shadow(point{3, 4}), Shadow(1.5))
}
